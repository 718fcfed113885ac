import type { INodeProperties } from 'n8n-workflow';

/** What to look for, read by every source. */
export const queryProperties: INodeProperties[] = [
	{
		displayName: 'Keywords',
		name: 'keywords',
		type: 'string',
		default: '',
		placeholder: 'e.g. acme, acme air, #acmefail',
		description:
			'Comma-separated words or phrases; any one matching is enough. Finds mentions that do not tag the brand.',
	},
	{
		displayName: 'Brand Handles',
		name: 'handles',
		type: 'string',
		default: '',
		placeholder: 'e.g. @acme, @acme_help',
		description:
			'Comma-separated accounts of the brand: searched for, and a mention that addresses one is marked tagged',
	},
	{
		displayName: 'Exclude Words',
		name: 'excludeWords',
		type: 'string',
		default: '',
		placeholder: 'e.g. acme corp jobs, hiring',
		description: 'Comma-separated words; a mention containing one is dropped',
	},
];

/** How many mentions a run returns at most, for every source. */
export const limitProperties: INodeProperties[] = [
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
	},
];
