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
	/** When the credential's session or token expires and how it is renewed (Bluesky's session, Reddit's and Google Play's tokens). */
	session?: SessionRenewal;
	search(fetch: HttpFetch, query: MentionQuery, options: SearchOptions): Promise<SearchResult>;
}
