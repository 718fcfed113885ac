import type { CategoryHit, RiskLevel, SentimentLabel } from './CrisisScore';
import { CATEGORY_VOCABULARY } from './categoryVocabulary';
import type { ScoringThresholds, ScoringWeights } from './scoringSettings';

export interface RiskInputs {
	sentimentScore: number;
	label: SentimentLabel;
	categories: readonly CategoryHit[];
	/** 0–100 */
	reach: number;
	tagged: boolean;
	verified: boolean;
	/** 0–1, undefined when the post's date is unknown. */
	recency: number | undefined;
}

/** 0 for a non-negative text; a mild complaint ≈ 0.4, "-6" and below = 1. */
function negativity(inputs: RiskInputs): number {
	if (inputs.label !== 'negative') return 0;
	return Math.min(1, 0.25 + -inputs.sentimentScore / 8);
}

/** The most severe category, plus a little for each further one; a legal word in praise weighs less. */
function categoryWeight(inputs: RiskInputs): number {
	if (inputs.categories.length === 0) return 0;
	let severest = 0;
	for (const hit of inputs.categories)
		severest = Math.max(severest, CATEGORY_VOCABULARY[hit.name].severity);
	const spread = Math.min(1, severest + 0.1 * (inputs.categories.length - 1));
	const tone = inputs.label === 'negative' ? 1 : inputs.label === 'positive' ? 0.25 : 0.6;
	return spread * tone;
}

/**
 * Risk 0–100. Sentiment and categories measure the harm of what is said; reach, tagging, a verified author
 * and recency only amplify that harm, so a popular account's praise stays low. Weights are relative.
 */
export function computeRisk(inputs: RiskInputs, weights: ScoringWeights): number {
	const harmFromSentiment = negativity(inputs);
	const harmFromCategories = categoryWeight(inputs);
	const harm = Math.max(harmFromSentiment, harmFromCategories);
	const amplifiers =
		weights.reach * (inputs.reach / 100) +
		weights.tagged * (inputs.tagged ? 1 : 0) +
		weights.verified * (inputs.verified ? 1 : 0) +
		weights.recency * (inputs.recency ?? 0);
	const total =
		weights.sentiment +
		weights.categories +
		weights.reach +
		weights.tagged +
		weights.verified +
		weights.recency;
	const weighted =
		weights.sentiment * harmFromSentiment +
		weights.categories * harmFromCategories +
		harm * amplifiers;
	return Math.round(100 * Math.min(1, Math.max(0, weighted / total)));
}

export function levelOf(risk: number, thresholds: ScoringThresholds): RiskLevel {
	if (risk >= thresholds.critical) return 'critical';
	if (risk >= thresholds.high) return 'high';
	if (risk >= thresholds.medium) return 'medium';
	return 'low';
}
