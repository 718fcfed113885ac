import type { INodeProperties } from 'n8n-workflow';

import { onlyFor } from './onlyFor';

/** Google Play: the brand's apps and the language to translate reviews into. */
export const googlePlayProperties: INodeProperties[] = [
	{
		displayName: 'Package Names',
		name: 'packageNames',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. com.acme.shop, com.acme.courier',
		description:
			"Comma-separated package names of the brand's own Android apps (the name in the app's Google Play link). Google lists only reviews with text from the last 7 days and allows 200 review requests per hour per app.",
		displayOptions: onlyFor('googleplay'),
	},
	{
		displayName: 'Translate To',
		name: 'translationLanguage',
		type: 'string',
		default: '',
		placeholder: 'e.g. en',
		description:
			'Language code to have Google translate review texts into; empty keeps each review in the language it was written in',
		displayOptions: onlyFor('googleplay'),
	},
];
