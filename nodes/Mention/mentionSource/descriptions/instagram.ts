import type { INodeProperties } from 'n8n-workflow';

import { onlyFor } from './onlyFor';

/** Instagram: the brand's professional account and what of it to read. */
export const instagramProperties: INodeProperties[] = [
	{
		displayName: 'Instagram Account ID',
		name: 'instagramAccountId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 17841400000000000',
		description:
			"The brand's Instagram professional account ID, not the @username (Graph API Explorer: GET /me/accounts?fields=instagram_business_account)",
		displayOptions: onlyFor('instagram'),
	},
	{
		displayName: 'Read',
		name: 'instagramRead',
		type: 'multiOptions',
		options: [
			{
				name: 'Comments on Recent Posts',
				value: 'comments',
				description: "Comments and replies under the brand's latest posts",
			},
			{
				name: 'Hashtags From Keywords',
				value: 'hashtags',
				description:
					'One-word keywords as hashtags, last 24 hours (needs Instagram Public Content Access)',
			},
			{
				name: 'Posts Tagging the Brand',
				value: 'tags',
				description: "Posts by others that tag the brand's account",
			},
		],
		default: ['comments', 'tags'],
		displayOptions: onlyFor('instagram'),
	},
];
