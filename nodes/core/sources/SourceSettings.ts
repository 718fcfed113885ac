import type { DemoScenario } from './demoTexts';

/** Settings only some sources have; each adapter reads its own part. */
export interface SourceSettings {
	hackerNews?: { tags: 'story' | 'comment' | 'all' };
	reddit?: { subreddits: string[]; userAgent?: string };
	mastodon?: { mode: 'tag' | 'search' };
	bluesky?: { fetchFollowers: boolean };
	youtube?: { videoId?: string; channelId?: string };
	appStore?: { appId: string; country: string };
	/** The brand's own apps by package name; `translationLanguage` asks Google for translated review texts. */
	googlePlay?: { packageNames: string[]; translationLanguage?: string };
	rss?: { feedUrls: string[] };
	/**
	 * `crisis`: none, or a scenario that bursts every two hours (or once from `crisisStart`).
	 * `brand` defaults to the first keyword.
	 */
	demo?: { seed?: number; brand?: string; crisis?: 'none' | DemoScenario; crisisStart?: Date };
}
