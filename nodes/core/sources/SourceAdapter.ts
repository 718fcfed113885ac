import type { SourceName } from '../mention/Mention';
import type { HttpFetch } from './http';
import type { MentionQuery, SearchResult } from './MentionQuery';
import type { SearchOptions } from './SearchOptions';
import type { SessionRenewal } from './SessionRenewal';

/** One social source behind one contract; the registry maps names to these. */
export interface SourceAdapter {
	name: SourceName;
	displayName: string;
	/** n8n credential type name, when the source needs one. */
	credentialType?: string;
	credentialDisplayName?: string;
	defaultBaseUrl: string;
	/** When the credential's session or token expires and how it is renewed (Bluesky's session, Reddit's token). */
	session?: SessionRenewal;
	/**
	 * For a credential type n8n cannot sign this source's requests with (n8n's Google service account
	 * signs only inside n8n's own Google nodes): the node sends the requests without n8n's
	 * authentication, through the fetch this returns, which signs them from the credential's values.
	 */
	signRequests?(fetch: HttpFetch, credential: Readonly<Record<string, unknown>>, options: SearchOptions): HttpFetch;
	search(fetch: HttpFetch, query: MentionQuery, options: SearchOptions): Promise<SearchResult>;
}
