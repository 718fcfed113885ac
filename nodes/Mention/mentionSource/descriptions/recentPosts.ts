import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_RECENT_POSTS, MAX_RECENT_POSTS } from '../../../core/sources/recentPosts';
import { onlyFor } from './onlyFor';

/** Instagram and Facebook Page: how many of the brand's latest posts to read comments of. */
export const recentPostsProperties: INodeProperties[] = [
	{
		displayName: 'Recent Posts',
		name: 'recentPosts',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_RECENT_POSTS },
		default: DEFAULT_RECENT_POSTS,
		description:
			"How many of the brand's latest posts to read comments of; each post with comments costs at least one request",
		displayOptions: onlyFor('instagram', 'facebook'),
	},
];
