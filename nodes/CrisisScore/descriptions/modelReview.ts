import type { INodeProperties } from 'n8n-workflow';

import { CATEGORY_NAMES } from '../../core/scoring/scoringSettings';

const categoryOptions = CATEGORY_NAMES.map((name) => ({
	name: name.charAt(0).toUpperCase() + name.slice(1),
	value: name,
}));

/**
 * When and how mentions go to a chat model connected to the Model input; without one these do nothing.
 * The defaults are the core's (EscalationPolicy, ReviewSettings), written out as n8n's lint wants them.
 */
export const modelReviewProperty: INodeProperties = {
	displayName: 'Model Review',
	name: 'modelReview',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	description:
		'Used only when a chat model is connected to the Model input: the mentions the lexicon is unsure about or that matter most go to the model, within a budget per execution',
	options: [
		{
			displayName: 'Batch Size',
			name: 'batchSize',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 50 },
			default: 10,
			description: 'Mentions sent in one model call',
		},
		{
			displayName: 'High-Stakes Categories',
			name: 'highStakesCategories',
			type: 'multiOptions',
			options: categoryOptions,
			default: ['legal', 'safety', 'fraud', 'discrimination'],
			description: 'A mention the lexicon puts in one of these categories always goes to the model',
		},
		{
			displayName: 'Irony Markers',
			name: 'ironyMarkers',
			type: 'boolean',
			default: true,
			description:
				'Whether a mention with an irony marker ("oh great", "thanks for nothing", 🙄, "/s", a word in scare quotes) goes to the model',
		},
		{
			displayName: 'Max Characters',
			name: 'maxCharacters',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 50000,
			description:
				'Characters sent to the model per execution at most (instructions and mentions); what does not fit keeps the lexicon score',
		},
		{
			displayName: 'Max Model Calls',
			name: 'maxCalls',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 1000 },
			default: 10,
			description: 'Model calls per execution at most; what does not fit keeps the lexicon score',
		},
		{
			displayName: 'Mixed Sentiment',
			name: 'mixedSentiment',
			type: 'boolean',
			default: true,
			description:
				'Whether a mention whose praise and blame cancel out to neutral goes to the model',
		},
		{
			displayName: 'Near Threshold Margin',
			name: 'nearThreshold',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 100 },
			default: 1,
			description:
				'Risk points either side of a level threshold within which a mention goes to the model (0: never)',
		},
		{
			displayName: 'Negators',
			name: 'negators',
			type: 'boolean',
			default: true,
			description:
				'Whether a mention with "not", "never", "değil" and the like that the lexicon did not call negative goes to the model',
		},
		{
			displayName: 'Reach At Least',
			name: 'reachAtLeast',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 100 },
			default: 75,
			description:
				'Reach (0–100: 10 followers ≈ 14, 48k ≈ 67, 10M = 100) from which every mention goes to the model (0: never)',
		},
		{
			displayName: 'Send Every Mention',
			name: 'everything',
			type: 'boolean',
			default: false,
			description:
				'Whether every mention goes to the model (within the budget), not only the ones the rules pick',
		},
		{
			displayName: 'Strip Personal Data',
			name: 'stripPersonalData',
			type: 'boolean',
			default: true,
			description:
				'Whether links, e-mail addresses, @handles and phone numbers are replaced by [link], [email], [handle], [phone] before a text is sent',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeoutSeconds',
			type: 'number',
			typeOptions: { minValue: 0.1, maxValue: 600, numberPrecision: 1 },
			default: 30,
			description:
				'How long one model call may take; after that its mentions keep the lexicon score',
		},
		{
			displayName: 'Unsupported Languages',
			name: 'unsupportedLanguage',
			type: 'boolean',
			default: true,
			description:
				'Whether a mention in a language the lexicon does not score (not English or Turkish) goes to the model',
		},
		{
			displayName: 'Weak Sentiment Margin',
			name: 'weakSentiment',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 10, numberPrecision: 2 },
			default: 0,
			description:
				'Sentiment score points from a label cut-off within which a mention with lexicon words goes to the model (0: never; 0.25 sends about 5% more)',
		},
	],
};
