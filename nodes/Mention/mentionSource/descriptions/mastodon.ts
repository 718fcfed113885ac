import type { INodeProperties } from 'n8n-workflow';

import { onlyFor } from './onlyFor';

/** Mastodon: hashtag timeline or full-text search. */
export const mastodonProperties: INodeProperties[] = [
	{
		displayName: 'Mastodon Search',
		name: 'mastodonMode',
		type: 'options',
		options: [
			{
				name: 'Hashtag Timeline (Public)',
				value: 'tag',
				description: 'Keywords are used as hashtags',
			},
			{
				name: 'Status Search (Needs Token)',
				value: 'search',
				description: 'Full-text search where the instance allows it',
			},
		],
		default: 'tag',
		displayOptions: onlyFor('mastodon'),
	},
];
