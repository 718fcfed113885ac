import type { INodeProperties } from 'n8n-workflow';

/** The source picker every mention parameter depends on; Demo needs no account, so it is the default. */
export const sourceProperty: INodeProperties = {
	displayName: 'Source',
	name: 'source',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'App Store Reviews',
			value: 'appstore',
			description: 'Customer reviews of an iOS app (no account)',
		},
		{ name: 'Bluesky', value: 'bluesky', description: 'Post search (handle + app password)' },
		{
			name: 'Demo',
			value: 'demo',
			description: 'Built-in realistic EN/TR stream with an optional crisis; no account',
		},
		{
			name: 'Facebook Page',
			value: 'facebook',
			description:
				"Comments and visitor posts on the brand's Page, posts tagging it (Page access token)",
		},
		{
			name: 'Google Play Reviews',
			value: 'googleplay',
			description: "Reviews of the brand's Android apps, last 7 days (Google service account)",
		},
		{
			name: 'Hacker News',
			value: 'hackernews',
			description: 'Stories and comments via the Algolia search API (no account)',
		},
		{
			name: 'Instagram',
			value: 'instagram',
			description: "Comments on the brand's posts, tags, hashtags (business or creator account)",
		},
		{
			name: 'Mastodon',
			value: 'mastodon',
			description: 'Hashtag timeline or status search on an instance',
		},
		{
			name: 'Reddit',
			value: 'reddit',
			description: 'Search all of Reddit or some subreddits (OAuth2 app, or public listings)',
		},
		{
			name: 'RSS / Atom Feed',
			value: 'rss',
			description: 'Any feed: Google Alerts, Talkwalker Alerts, news',
		},
		{
			name: 'X',
			value: 'x',
			description: 'Recent search, last 7 days (bearer token; billed per read)',
		},
		{
			name: 'YouTube Comments',
			value: 'youtube',
			description: 'Comment threads of a video or channel (API key)',
		},
	],
	default: 'demo',
};
