import type { DemoScenario } from './demoTexts';

/** Settings only some sources have; each adapter reads its own part. */
export interface SourceSettings {
	hackerNews?: { tags: 'story' | 'comment' | 'all' };
	/**
	 * `access`: `oauth` (the credential's app, the default) or `public` (no credential: the website's
	 * JSON listings). `username` names the Reddit user in the User-Agent, as Reddit asks.
	 */
	reddit?: { subreddits: string[]; access?: 'oauth' | 'public'; username?: string };
	mastodon?: { mode: 'tag' | 'search' };
	bluesky?: { fetchFollowers: boolean };
	youtube?: { videoId?: string; channelId?: string };
	appStore?: { appId: string; country: string };
	/** The brand's own apps by package name; `translationLanguage` asks Google for translated review texts. */
	googlePlay?: { packageNames: string[]; translationLanguage?: string };
	rss?: { feedUrls: string[] };
	/** `maxPostsRead`: X bills per post read; a search reads no more than this many (default 100, at least 10). */
	x?: { maxPostsRead?: number };
	/** The brand's Instagram professional account id; `recentPosts`: how many of its latest posts to read comments of. */
	instagram?: {
		accountId: string;
		read?: Array<'comments' | 'tags' | 'hashtags'>;
		recentPosts?: number;
	};
	/** The brand's Facebook Page id; `recentPosts`: how many of the Page feed's latest posts to read comments of. */
	facebook?: {
		pageId: string;
		read?: Array<'comments' | 'visitorPosts' | 'tagged'>;
		recentPosts?: number;
	};
	/**
	 * `crisis`: none, or a scenario that bursts every two hours (or once from `crisisStart`).
	 * `brand` defaults to the first keyword.
	 */
	demo?: { seed?: number; brand?: string; crisis?: 'none' | DemoScenario; crisisStart?: Date };
}
