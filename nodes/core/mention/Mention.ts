/** Every source adapter produces this shape; every other core consumes it. */
export type SourceName =
	| 'hackernews'
	| 'reddit'
	| 'mastodon'
	| 'bluesky'
	| 'x'
	| 'youtube'
	| 'appstore'
	| 'rss'
	| 'demo';

export interface MentionAuthor {
	id?: string;
	handle: string;
	name?: string;
	followers?: number;
	verified?: boolean;
	url?: string;
}

export interface Engagement {
	likes: number;
	replies: number;
	shares: number;
}

export interface Mention {
	/** `<source>:<native id>`, stable across fetches. */
	id: string;
	source: SourceName;
	url: string;
	/** Plain text: HTML stripped, entities decoded. */
	text: string;
	language?: string;
	/** ISO 8601, UTC. */
	createdAt: string;
	/** The source gave no time for this item: `createdAt` is a stand-in (a feed's time, or the fetch time). */
	createdAtEstimated?: boolean;
	author: MentionAuthor;
	engagement: Engagement;
	/** The brand account was addressed directly (mention, reply, @handle). */
	tagged: boolean;
	inReplyTo?: string;
	/** The keyword, handle or feed that matched. */
	query: string;
	/** App Store star rating, 1–5, where the source has one. */
	rating?: number;
	raw?: unknown;
}
