import type { SourceName } from '../mention/Mention';
import type { HttpFetch, HttpResponse } from './http';
import type { MentionQuery, SearchResult } from './MentionQuery';
import type { SearchOptions } from './SearchOptions';

/** One social source behind one contract; the registry maps names to these. */
export interface SourceAdapter {
	name: SourceName;
	displayName: string;
	/** n8n credential type name, when the source needs one. */
	credentialType?: string;
	credentialDisplayName?: string;
	defaultBaseUrl: string;
	/**
	 * This answer means the credential's session or token has expired (Bluesky: 400 `ExpiredToken`,
	 * Reddit: 401): the node lets n8n renew it (preAuthentication, OAuth2 token) and resends once.
	 */
	sessionExpired?(response: HttpResponse): boolean;
	/**
	 * For a credential type n8n cannot sign this source's requests with (n8n's Google service account
	 * signs only inside n8n's own Google nodes): the node sends the requests without n8n's
	 * authentication, through the fetch this returns, which signs them from the credential's values.
	 */
	signRequests?(fetch: HttpFetch, credential: Readonly<Record<string, unknown>>, options: SearchOptions): HttpFetch;
	search(fetch: HttpFetch, query: MentionQuery, options: SearchOptions): Promise<SearchResult>;
}
