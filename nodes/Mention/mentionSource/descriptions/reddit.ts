import type { INodeProperties } from 'n8n-workflow';

import { onlyFor } from './onlyFor';

/** Reddit: read with an OAuth2 app or the public listings; right under Source, as its credential depends on it. */
export const redditAuthenticationProperties: INodeProperties[] = [
	{
		displayName: 'Authentication',
		name: 'redditAuthentication',
		type: 'options',
		options: [
			{
				name: 'None (Public JSON Listings)',
				value: 'none',
				description:
					'No Reddit app: about 10 requests a minute, and Reddit blocks some networks (many cloud hosts)',
			},
			{
				name: 'OAuth2 App',
				value: 'oAuth2',
				description:
					"An app-only OAuth2 credential: 100 requests a minute; since November 2025 a new app needs Reddit's approval",
			},
		],
		default: 'oAuth2',
		displayOptions: onlyFor('reddit'),
	},
];

/** Reddit: where to search, and the account named to Reddit when read without an app. */
export const redditProperties: INodeProperties[] = [
	{
		displayName: 'Subreddits',
		name: 'subreddits',
		type: 'string',
		default: '',
		placeholder: 'e.g. travel, flights',
		description: 'Comma-separated subreddits to search; empty searches all of Reddit',
		displayOptions: onlyFor('reddit'),
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
];
