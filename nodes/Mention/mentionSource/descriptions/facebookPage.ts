import type { INodeProperties } from 'n8n-workflow';

import { onlyFor } from './onlyFor';

/** Facebook Page: the brand's Page and what of it to read. */
export const facebookPageProperties: INodeProperties[] = [
	{
		displayName: 'Page ID',
		name: 'facebookPageId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 105000000000000',
		description:
			"The brand's numeric Facebook Page ID (About → Page transparency, or GET /me/accounts)",
		displayOptions: onlyFor('facebook'),
	},
	{
		displayName: 'Read',
		name: 'facebookRead',
		type: 'multiOptions',
		options: [
			{
				name: 'Comments on Recent Posts',
				value: 'comments',
				description: "Comments and replies under the Page's latest posts",
			},
			{
				name: 'Posts Tagging the Page',
				value: 'tagged',
				description: 'Public posts by others that tag the Page',
			},
			{ name: 'Visitor Posts', value: 'visitorPosts', description: 'Posts by others on the Page' },
		],
		default: ['comments', 'visitorPosts', 'tagged'],
		displayOptions: onlyFor('facebook'),
	},
];
