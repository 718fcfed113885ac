import type { INodeProperties } from 'n8n-workflow';

import { onlyFor } from './onlyFor';

/** YouTube: the video or channel whose comment threads are read. */
export const youTubeProperties: INodeProperties[] = [
	{
		displayName: 'Video ID',
		name: 'videoId',
		type: 'string',
		default: '',
		description: 'Comments of this video; leave empty to use Channel ID',
		displayOptions: onlyFor('youtube'),
	},
	{
		displayName: 'Channel ID',
		name: 'channelId',
		type: 'string',
		default: '',
		description: 'Comments on all videos of this channel (used when Video ID is empty)',
		displayOptions: onlyFor('youtube'),
	},
];
