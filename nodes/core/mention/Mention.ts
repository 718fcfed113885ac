/** Every source adapter produces this shape; every other core consumes it. */
export type SourceName =
	| 'hackernews'
	| 'reddit'
	| 'mastodon'
	| 'bluesky'
	| 'x'
	| 'youtube'
	| 'appstore'
	| 'googleplay'
	| 'instagram'
	| 'facebook'
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
	/**
	 * When the source's server received the item (ISO 8601, UTC), where it tells (Bluesky): ordering and
	 * poll cursors use it, because `createdAt` is set by the posting app and can lie in the future.
	 */
	indexedAt?: string;
	author: MentionAuthor;
	engagement: Engagement;
	/** The brand account was addressed directly (mention, reply, @handle). */
	tagged: boolean;
	inReplyTo?: string;
	/** The keyword, handle or feed that matched. */
	query: string;
	/** Star rating of an app review (App Store, Google Play), 1–5, where the source has one. */
	rating?: number;
	/**
	 * The brand has answered this item where the source shows it (Google Play: the developer's reply
	 * to the review). Absent where the source does not tell.
	 */
	brandReplied?: boolean;
	/**
	 * When the brand's answer was last written (ISO 8601, UTC). Earlier than `createdAt` means the
	 * customer changed the review after the answer.
	 */
	brandRepliedAt?: string;
	raw?: unknown;
}
