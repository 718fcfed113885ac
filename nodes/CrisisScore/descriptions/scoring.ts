import type { INodeProperties } from 'n8n-workflow';

import { CATEGORY_NAMES } from '../../core/scoring/scoringSettings';

const categoryOptions = CATEGORY_NAMES.map((name) => ({
	name: name.charAt(0).toUpperCase() + name.slice(1),
	value: name,
}));

/** How a mention is scored (keywords, thresholds, weights), for both operations: Detect Crisis scores first. */
export const scoringProperties: INodeProperties[] = [
	{
		displayName: 'Custom Keywords',
		name: 'customKeywords',
		type: 'fixedCollection',
		placeholder: 'Add Keywords',
		typeOptions: { multipleValues: true },
		default: {},
		description: 'Extra words or phrases (English or Turkish) per complaint category',
		options: [
			{
				displayName: 'Category',
				name: 'category',
				values: [
					{
						displayName: 'Category',
						name: 'name',
						type: 'options',
						options: categoryOptions,
						default: 'service',
					},
					{
						displayName: 'Keywords',
						name: 'keywords',
						type: 'string',
						default: '',
						placeholder: 'e.g. outage, kesinti, data breach',
						description: 'Comma-separated words or phrases',
					},
				],
			},
		],
	},
	{
		displayName: 'Scoring Options',
		name: 'scoringOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Critical Threshold',
				name: 'thresholdCritical',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 100 },
				default: 80,
				description: 'Risk from which a mention is critical',
			},
			{
				displayName: 'Custom Keywords Replace Built-In',
				name: 'replaceKeywords',
				type: 'boolean',
				default: false,
				description:
					'Whether a category with custom keywords uses only those instead of adding them to the built-in vocabulary',
			},
			{
				displayName: 'High Threshold',
				name: 'thresholdHigh',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 100 },
				default: 55,
				description: 'Risk from which a mention is high',
			},
			{
				displayName: 'Language',
				name: 'language',
				type: 'options',
				options: [
					{ name: 'Auto-Detect (English or Turkish)', value: 'auto' },
					{ name: 'English', value: 'en' },
					{ name: 'Turkish', value: 'tr' },
				],
				default: 'auto',
				description:
					'Language of the mentions; auto-detect leaves texts in other languages unscored rather than guessing',
			},
			{
				displayName: 'Medium Threshold',
				name: 'thresholdMedium',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 100 },
				default: 30,
				description: 'Risk from which a mention is medium',
			},
			{
				displayName: 'Negative Words',
				name: 'negativeWords',
				type: 'string',
				default: '',
				placeholder: 'e.g. outage, rezil',
				description: 'Comma-separated words or phrases that count as complaints for your brand',
			},
			{
				displayName: 'Positive Words',
				name: 'positiveWords',
				type: 'string',
				default: '',
				description: 'Comma-separated words or phrases that count as praise for your brand',
			},
			{
				displayName: 'Weight: Categories',
				name: 'weightCategories',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
				default: 0.35,
			},
			{
				displayName: 'Weight: Reach',
				name: 'weightReach',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
				default: 0.15,
			},
			{
				displayName: 'Weight: Recency',
				name: 'weightRecency',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
				default: 0.05,
			},
			{
				displayName: 'Weight: Sentiment',
				name: 'weightSentiment',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
				default: 0.35,
			},
			{
				displayName: 'Weight: Tagged',
				name: 'weightTagged',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
				default: 0.05,
			},
			{
				displayName: 'Weight: Verified Author',
				name: 'weightVerified',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
				default: 0.05,
			},
		],
	},
];
