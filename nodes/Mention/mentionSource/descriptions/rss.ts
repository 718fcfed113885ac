import type { INodeProperties } from 'n8n-workflow';

import { onlyFor } from './onlyFor';

/** RSS / Atom: the feeds to read. */
export const rssProperties: INodeProperties[] = [
	{
		displayName: 'Feed URLs',
		name: 'feedUrls',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://www.google.com/alerts/feeds/123/456',
		description: 'Comma-separated RSS or Atom feed URLs',
		displayOptions: onlyFor('rss'),
	},
];
