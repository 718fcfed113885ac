import type { SourceName } from '../mention/Mention';
import type { HttpFetch } from './http';
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
	search(fetch: HttpFetch, query: MentionQuery, options: SearchOptions): Promise<SearchResult>;
}
