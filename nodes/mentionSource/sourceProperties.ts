import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_RECENT_POSTS, MAX_RECENT_POSTS } from '../core/sources/recentPosts';
import { SOURCE_REGISTRY } from '../core/sources/sourceRegistry';
import { DEFAULT_X_MAX_POSTS_READ, X_MIN_PAGE_SIZE } from '../core/sources/x';

const only = (...source: string[]) => ({ show: { source } });

/** Sources read only with their credential; Reddit may also be read without one (Authentication: None). */
const CREDENTIAL_ONLY_SOURCES = Object.values(SOURCE_REGISTRY)
	.filter((adapter) => adapter.credentialType !== undefined && adapter.name !== 'reddit')
	.map((adapter) => adapter.name);

/** What to watch and where: shared by Mention Fetch and Mention Trigger so both read the same settings. */
export const sourceProperties: INodeProperties[] = [
	{
		displayName: 'Source',
		name: 'source',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'App Store Reviews', value: 'appstore', description: 'Customer reviews of an iOS app (no account)' },
			{ name: 'Bluesky', value: 'bluesky', description: 'Post search (handle + app password)' },
			{ name: 'Demo', value: 'demo', description: 'Built-in realistic EN/TR stream with an optional crisis; no account' },
			{ name: 'Facebook Page', value: 'facebook', description: 'Comments and visitor posts on the brand\'s Page, posts tagging it (Page access token)' },
			{ name: 'Google Play Reviews', value: 'googleplay', description: 'Reviews of the brand\'s Android apps, last 7 days (Google service account)' },
			{ name: 'Hacker News', value: 'hackernews', description: 'Stories and comments via the Algolia search API (no account)' },
			{ name: 'Instagram', value: 'instagram', description: 'Comments on the brand\'s posts, tags, hashtags (business or creator account)' },
			{ name: 'Mastodon', value: 'mastodon', description: 'Hashtag timeline or status search on an instance' },
			{ name: 'Reddit', value: 'reddit', description: 'Search all of Reddit or some subreddits (OAuth2 app, or public listings)' },
			{ name: 'RSS / Atom Feed', value: 'rss', description: 'Any feed: Google Alerts, Talkwalker Alerts, news' },
			{ name: 'X', value: 'x', description: 'Recent search, last 7 days (bearer token; billed per read)' },
			{ name: 'YouTube Comments', value: 'youtube', description: 'Comment threads of a video or channel (API key)' },
		],
		default: 'demo',
	},
	{
		displayName: 'Keywords',
		name: 'keywords',
		type: 'string',
		default: '',
		placeholder: 'e.g. acme, acme air, #acmefail',
		description:
			'Comma-separated words or phrases; any one matching is enough. Finds mentions that do not tag the brand.',
	},
	{
		displayName: 'Brand Handles',
		name: 'handles',
		type: 'string',
		default: '',
		placeholder: 'e.g. @acme, @acme_help',
		description:
			'Comma-separated accounts of the brand: searched for, and a mention that addresses one is marked tagged',
	},
	{
		displayName: 'Exclude Words',
		name: 'excludeWords',
		type: 'string',
		default: '',
		placeholder: 'e.g. acme corp jobs, hiring',
		description: 'Comma-separated words; a mention containing one is dropped',
	},
	{
		displayName: 'Subreddits',
		name: 'subreddits',
		type: 'string',
		default: '',
		placeholder: 'e.g. travel, flights',
		description: 'Comma-separated subreddits to search; empty searches all of Reddit',
		displayOptions: only('reddit'),
	},
	{
		displayName: 'Authentication',
		name: 'redditAuthentication',
		type: 'options',
		options: [
			{
				name: 'None (Public JSON Listings)',
				value: 'none',
				description: 'No Reddit app: about 10 requests a minute, and Reddit blocks some networks (many cloud hosts)',
			},
			{
				name: 'OAuth2 App',
				value: 'oAuth2',
				description: 'An app-only OAuth2 credential: 100 requests a minute; since November 2025 a new app needs Reddit\'s approval',
			},
		],
		default: 'oAuth2',
		displayOptions: only('reddit'),
	},
	{
		displayName: 'Reddit Username',
		name: 'redditUsername',
		type: 'string',
		default: '',
		placeholder: 'e.g. acme_social',
		description:
			'The Reddit account Reddit can contact, sent in the User-Agent Reddit requires: n8n:n8n-nodes-crisis-desk:VERSION (by /u/USERNAME). Without it Reddit throttles or blocks more readily.',
		displayOptions: { show: { source: ['reddit'], redditAuthentication: ['none'] } },
	},
	{
		displayName: 'Mastodon Search',
		name: 'mastodonMode',
		type: 'options',
		options: [
			{ name: 'Hashtag Timeline (Public)', value: 'tag', description: 'Keywords are used as hashtags' },
			{ name: 'Status Search (Needs Token)', value: 'search', description: 'Full-text search where the instance allows it' },
		],
		default: 'tag',
		displayOptions: only('mastodon'),
	},
	{
		displayName: 'Fetch Author Followers',
		name: 'fetchFollowers',
		type: 'boolean',
		default: true,
		description: 'Whether to look up follower counts (one extra request per 25 authors) so reach can be scored',
		displayOptions: only('bluesky'),
	},
	{
		displayName: 'Video ID',
		name: 'videoId',
		type: 'string',
		default: '',
		description: 'Comments of this video; leave empty to use Channel ID',
		displayOptions: only('youtube'),
	},
	{
		displayName: 'Channel ID',
		name: 'channelId',
		type: 'string',
		default: '',
		description: 'Comments on all videos of this channel (used when Video ID is empty)',
		displayOptions: only('youtube'),
	},
	{
		displayName: 'App ID',
		name: 'appId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 284882215',
		description: 'Numeric App Store ID of the app (from its App Store URL)',
		displayOptions: only('appstore'),
	},
	{
		displayName: 'Country',
		name: 'country',
		type: 'string',
		default: 'us',
		placeholder: 'e.g. us, tr, gb',
		description: 'Two-letter App Store country code',
		displayOptions: only('appstore'),
	},
	{
		displayName: 'Instagram Account ID',
		name: 'instagramAccountId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 17841400000000000',
		description:
			'The brand\'s Instagram professional account ID, not the @username (Graph API Explorer: GET /me/accounts?fields=instagram_business_account)',
		displayOptions: only('instagram'),
	},
	{
		displayName: 'Read',
		name: 'instagramRead',
		type: 'multiOptions',
		options: [
			{ name: 'Comments on Recent Posts', value: 'comments', description: 'Comments and replies under the brand\'s latest posts' },
			{ name: 'Hashtags From Keywords', value: 'hashtags', description: 'One-word keywords as hashtags, last 24 hours (needs Instagram Public Content Access)' },
			{ name: 'Posts Tagging the Brand', value: 'tags', description: 'Posts by others that tag the brand\'s account' },
		],
		default: ['comments', 'tags'],
		displayOptions: only('instagram'),
	},
	{
		displayName: 'Page ID',
		name: 'facebookPageId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 105000000000000',
		description: 'The brand\'s numeric Facebook Page ID (About → Page transparency, or GET /me/accounts)',
		displayOptions: only('facebook'),
	},
	{
		displayName: 'Read',
		name: 'facebookRead',
		type: 'multiOptions',
		options: [
			{ name: 'Comments on Recent Posts', value: 'comments', description: 'Comments and replies under the Page\'s latest posts' },
			{ name: 'Posts Tagging the Page', value: 'tagged', description: 'Public posts by others that tag the Page' },
			{ name: 'Visitor Posts', value: 'visitorPosts', description: 'Posts by others on the Page' },
		],
		default: ['comments', 'visitorPosts', 'tagged'],
		displayOptions: only('facebook'),
	},
	{
		displayName: 'Recent Posts',
		name: 'recentPosts',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_RECENT_POSTS },
		default: DEFAULT_RECENT_POSTS,
		description: 'How many of the brand\'s latest posts to read comments of; each post with comments costs at least one request',
		displayOptions: only('instagram', 'facebook'),
	},
	{
		displayName: 'Package Names',
		name: 'packageNames',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. com.acme.shop, com.acme.courier',
		description:
			'Comma-separated package names of the brand\'s own Android apps (the name in the app\'s Google Play link). Google lists only reviews with text from the last 7 days and allows 200 review requests per hour per app.',
		displayOptions: only('googleplay'),
	},
	{
		displayName: 'Translate To',
		name: 'translationLanguage',
		type: 'string',
		default: '',
		placeholder: 'e.g. en',
		description: 'Language code to have Google translate review texts into; empty keeps each review in the language it was written in',
		displayOptions: only('googleplay'),
	},
	{
		displayName: 'Feed URLs',
		name: 'feedUrls',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://www.google.com/alerts/feeds/123/456',
		description: 'Comma-separated RSS or Atom feed URLs',
		displayOptions: only('rss'),
	},
	{
		displayName: 'Demo Crisis',
		name: 'demoCrisis',
		type: 'options',
		options: [
			{ name: 'Data Leak', value: 'data-leak', description: 'A privacy incident: leaked customer data' },
			{ name: 'Delivery Outage', value: 'delivery-outage', description: 'Orders stuck, refunds refused' },
			{ name: 'None', value: 'none', description: 'Only everyday chatter' },
		],
		default: 'delivery-outage',
		description: 'A scenario that bursts in the demo stream so every template has something to catch. Mention Fetch with Since 0 tells it as one story up to now (chatter, scattered complaints, then a surge); with Since N hours, and in Mention Trigger, it recurs every two hours in a live stream that never repeats a post.',
		displayOptions: only('demo'),
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
	},
];

/** Options both nodes share; node-specific ones are appended by each node. */
export const commonOptions: INodeProperties[] = [
	{
		displayName: 'Base URL',
		name: 'baseUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://hn.algolia.com',
		description:
			'Overrides the public API address of a source read without a credential (a proxy or gateway; Reddit with Authentication: None). A request with a credential goes only to the address in its credential.',
		displayOptions: { hide: { '/source': CREDENTIAL_ONLY_SOURCES } },
	},
	{
		displayName: 'Include Raw',
		name: 'includeRaw',
		type: 'boolean',
		default: false,
		description: 'Whether to keep the API\'s original item under raw (large)',
	},
	{
		displayName: 'Language',
		name: 'language',
		type: 'string',
		default: '',
		placeholder: 'e.g. en, tr',
		description: 'Only mentions in this language (two-letter code) where the source tells the language',
	},
	{
		displayName: 'Max Posts Read',
		name: 'maxPostsRead',
		type: 'number',
		typeOptions: { minValue: X_MIN_PAGE_SIZE },
		default: DEFAULT_X_MAX_POSTS_READ,
		description: `X bills every post read: a run stops paging before reading more posts than this (at least ${X_MIN_PAGE_SIZE}, X's smallest page)`,
		displayOptions: { show: { '/source': ['x'] } },
	},
	{
		displayName: 'Max Requests',
		name: 'maxRequests',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 10,
		description: 'Hard cap of API requests per run; YouTube counts quota',
		displayOptions: { hide: { '/source': ['x'] } },
	},
];

/** The node's Options collection: the shared ones plus its own, alphabetical as the editor lists them. */
export function withCommonOptions(own: INodeProperties[]): INodeProperties[] {
	return [...commonOptions, ...own].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
