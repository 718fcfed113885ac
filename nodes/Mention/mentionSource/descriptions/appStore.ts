import type { INodeProperties } from 'n8n-workflow';

import { onlyFor } from './onlyFor';

/** App Store: the app and the store country whose reviews are read. */
export const appStoreProperties: INodeProperties[] = [
	{
		displayName: 'App ID',
		name: 'appId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 284882215',
		description: 'Numeric App Store ID of the app (from its App Store URL)',
		displayOptions: onlyFor('appstore'),
	},
	{
		displayName: 'Country',
		name: 'country',
		type: 'string',
		default: 'us',
		placeholder: 'e.g. us, tr, gb',
		description: 'Two-letter App Store country code',
		displayOptions: onlyFor('appstore'),
	},
];
