import type { INodeProperties } from 'n8n-workflow';

import { onlyFor } from './onlyFor';

/** Bluesky: whether to look up follower counts for reach. */
export const blueskyProperties: INodeProperties[] = [
	{
		displayName: 'Fetch Author Followers',
		name: 'fetchFollowers',
		type: 'boolean',
		default: true,
		description:
			'Whether to look up follower counts (one extra request per 25 authors) so reach can be scored',
		displayOptions: onlyFor('bluesky'),
	},
];
