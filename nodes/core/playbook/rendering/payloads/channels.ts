/** How each source is named in messages, and the longest public reply it takes (where it has a limit). */
const CHANNELS: Record<string, { name: string; replyLimit?: number }> = {
	hackernews: { name: 'Hacker News' },
	reddit: { name: 'Reddit', replyLimit: 10000 },
	mastodon: { name: 'Mastodon', replyLimit: 500 },
	bluesky: { name: 'Bluesky', replyLimit: 300 },
	x: { name: 'X', replyLimit: 280 },
	youtube: { name: 'YouTube', replyLimit: 10000 },
	appstore: { name: 'App Store', replyLimit: 5970 },
	// Google Play rejects a developer reply of more than about 350 characters.
	googleplay: { name: 'Google Play', replyLimit: 350 },
	rss: { name: 'the web' },
	demo: { name: 'Demo' },
};

export function channelName(source: string): string {
	return CHANNELS[source]?.name ?? source;
}

export function replyLimit(source: string): number | undefined {
	return CHANNELS[source]?.replyLimit;
}
