import type { Mention } from '../mention/Mention';

/** What to look for, the same for every source. Keywords and handles are OR-ed. */
export interface MentionQuery {
	keywords: string[];
	handles: string[];
	excludeWords: string[];
	/** ISO 639-1 code (`en`, `tr`); mentions in another known language are dropped. */
	language?: string;
	/** Only mentions created at or after this instant. */
	since?: Date;
	/** Maximum mentions returned; pagination stops once reached. */
	limit: number;
	/** The brand's own accounts (handles, channel ids): a mention addressing one is `tagged`. */
	brandHandles: string[];
}

/** An item the API returned that could not become a Mention; reported, never thrown. */
export interface SkippedItem {
	/** Position in the stream of items the source returned for this search (0-based). */
	index: number;
	reason: string;
}

export interface SearchResult {
	/** Newest first, at most `limit`. */
	mentions: Mention[];
	skipped: SkippedItem[];
	/** The native newest id for the next poll (X `since_id`, Mastodon `min_id`), where the API has one. */
	cursor?: string;
	/** HTTP requests made (X bills per read; YouTube counts quota units). */
	requests: number;
	/** Things the user should know that are not errors (a cap was hit, a budget ran out). */
	notices: string[];
}
