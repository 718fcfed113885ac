import type { HttpResponse } from './http';

/**
 * How a source's credential session runs out and what renews it. The node renews it itself, once per
 * request, and resends: n8n 1.x renews only on a thrown 401, and never on Bluesky's 400 `ExpiredToken`.
 */
export interface SessionRenewal {
	/** This answer means the credential's session or token has expired. */
	expired(response: HttpResponse): boolean;
	/**
	 * `oAuth2Token`: n8n fetches a new OAuth2 token for the credential. `expirableField`: the credential's
	 * expirable field, which n8n fills again through the credential's preAuthentication once it is empty.
	 */
	renew: { oAuth2Token: true } | { expirableField: string };
}
