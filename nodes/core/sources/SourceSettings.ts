/** Settings only some sources have; each adapter reads its own part. */
export interface SourceSettings {
	hackerNews?: { tags: 'story' | 'comment' | 'all' };
	reddit?: { subreddits: string[]; userAgent?: string };
	mastodon?: { mode: 'tag' | 'search' };
	bluesky?: { fetchFollowers: boolean };
	youtube?: { videoId?: string; channelId?: string };
	appStore?: { appId: string; country: string };
	rss?: { feedUrls: string[] };
	demo?: { seed: number; brand: string; crisis: boolean; crisisStart?: Date };
}
