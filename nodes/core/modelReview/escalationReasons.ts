import type { CrisisScore } from '../scoring/CrisisScore';
import type { LexiconSignals } from '../scoring/LexiconSignals';
import type { ScoringThresholds } from '../scoring/scoringSettings';
import type { EscalationPolicy } from './EscalationPolicy';

export type EscalationReason =
	| 'everything'
	| 'unsupported language'
	| 'near a level threshold'
	| 'weak sentiment'
	| 'mixed sentiment'
	| 'negator'
	| 'irony marker'
	| 'high reach'
	| 'high-stakes category';

/** What the policy looks at for one mention: the lexicon's score and what it knew of its own certainty. */
export interface EscalationFacts {
	crisis: CrisisScore;
	signals: LexiconSignals;
	ironyMarkers: number;
}

function nearAThreshold(risk: number, thresholds: ScoringThresholds, margin: number): boolean {
	for (const threshold of [thresholds.medium, thresholds.high, thresholds.critical]) {
		if (risk >= threshold - margin && risk < threshold + margin) return true;
	}
	return false;
}

/** Why a mention should go to the model under `policy`, in the order above; empty: the lexicon's score stands. */
export function escalationReasons(
	facts: EscalationFacts,
	policy: EscalationPolicy,
	thresholds: ScoringThresholds,
): EscalationReason[] {
	const { crisis, signals } = facts;
	const reasons: EscalationReason[] = [];
	if (policy.everything) reasons.push('everything');
	const unscored = crisis.sentiment.label === 'unscored';
	if (unscored && policy.unsupportedLanguage) reasons.push('unsupported language');
	const notNegative = crisis.sentiment.label !== 'negative';
	if (!unscored) {
		if (policy.nearThreshold > 0 && nearAThreshold(crisis.risk, thresholds, policy.nearThreshold))
			reasons.push('near a level threshold');
		if (policy.weakSentiment > 0 && signals.terms > 0 && signals.labelMargin < policy.weakSentiment)
			reasons.push('weak sentiment');
		if (policy.mixedSentiment && signals.mixed && crisis.sentiment.label === 'neutral')
			reasons.push('mixed sentiment');
		if (policy.negators && signals.negated && notNegative) reasons.push('negator');
	}
	if (policy.ironyMarkers && facts.ironyMarkers > 0) reasons.push('irony marker');
	if (policy.reachAtLeast > 0 && crisis.reach >= policy.reachAtLeast) reasons.push('high reach');
	if (crisis.categories.some((hit) => policy.highStakesCategories.includes(hit.name)))
		reasons.push('high-stakes category');
	return reasons;
}
