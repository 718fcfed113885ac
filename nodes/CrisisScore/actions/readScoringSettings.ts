import type { IExecuteFunctions } from 'n8n-workflow';

import type { CategoryName } from '../../core/scoring/CrisisScore';
import type { DeepPartial, ScoringSettings } from '../../core/scoring/createScorer';

interface ScoringOptions {
	language?: ScoringSettings['language'];
	thresholdMedium?: number;
	thresholdHigh?: number;
	thresholdCritical?: number;
	weightSentiment?: number;
	weightCategories?: number;
	weightReach?: number;
	weightTagged?: number;
	weightVerified?: number;
	weightRecency?: number;
	negativeWords?: string;
	positiveWords?: string;
	replaceKeywords?: boolean;
}

function words(list: string | undefined): string[] | undefined {
	if (list === undefined) return undefined;
	return list
		.split(',')
		.map((word) => word.trim())
		.filter((word) => word.length > 0);
}

/** Node parameters → the scoring core's settings; unset options keep the core's defaults. */
export function readScoringSettings(context: IExecuteFunctions): DeepPartial<ScoringSettings> {
	const options = context.getNodeParameter('scoringOptions', 0, {}) as ScoringOptions;
	const custom = context.getNodeParameter('customKeywords', 0, {}) as {
		category?: Array<{ name: CategoryName; keywords: string }>;
	};
	const customKeywords: Partial<Record<CategoryName, string[]>> = {};
	for (const entry of custom.category ?? []) {
		customKeywords[entry.name] = [
			...(customKeywords[entry.name] ?? []),
			...(words(entry.keywords) ?? []),
		];
	}
	return {
		language: options.language,
		thresholds: {
			medium: options.thresholdMedium,
			high: options.thresholdHigh,
			critical: options.thresholdCritical,
		},
		weights: {
			sentiment: options.weightSentiment,
			categories: options.weightCategories,
			reach: options.weightReach,
			tagged: options.weightTagged,
			verified: options.weightVerified,
			recency: options.weightRecency,
		},
		customKeywords,
		replaceKeywords: options.replaceKeywords,
		negativeWords: words(options.negativeWords),
		positiveWords: words(options.positiveWords),
	};
}
