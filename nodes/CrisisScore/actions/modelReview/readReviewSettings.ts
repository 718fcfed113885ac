import type { IExecuteFunctions } from 'n8n-workflow';

import type { ReviewSettingsInput } from '../../../core/modelReview/ReviewSettings';

interface ModelReviewOptions {
	batchSize?: number;
	highStakesCategories?: string[];
	ironyMarkers?: boolean;
	maxCharacters?: number;
	maxCalls?: number;
	mixedSentiment?: boolean;
	nearThreshold?: number;
	negators?: boolean;
	reachAtLeast?: number;
	everything?: boolean;
	stripPersonalData?: boolean;
	timeoutSeconds?: number;
	unsupportedLanguage?: boolean;
	weakSentiment?: number;
}

/** The Model Review options as the core's settings input; the core fills defaults and checks ranges. */
export function readReviewSettings(context: IExecuteFunctions): ReviewSettingsInput {
	const options = context.getNodeParameter('modelReview', 0, {}) as ModelReviewOptions;
	return {
		policy: {
			nearThreshold: options.nearThreshold,
			weakSentiment: options.weakSentiment,
			mixedSentiment: options.mixedSentiment,
			negators: options.negators,
			ironyMarkers: options.ironyMarkers,
			unsupportedLanguage: options.unsupportedLanguage,
			reachAtLeast: options.reachAtLeast,
			highStakesCategories: options.highStakesCategories,
			everything: options.everything,
		},
		budget: {
			maxCalls: options.maxCalls,
			maxCharacters: options.maxCharacters,
			timeoutMs:
				options.timeoutSeconds === undefined
					? undefined
					: Math.round(options.timeoutSeconds * 1000),
			batchSize: options.batchSize,
		},
		stripPersonalData: options.stripPersonalData,
	};
}
