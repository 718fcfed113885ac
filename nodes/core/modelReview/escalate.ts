import type { CrisisScore } from '../scoring/CrisisScore';
import type { ReviewingScorer, ScoringInput } from '../scoring/createScorer';
import type { EscalationPolicy } from './EscalationPolicy';
import { escalationReasons, type EscalationReason } from './escalationReasons';
import { countIronyMarkers } from './ironyMarkers';

export interface LexiconOutcome {
	/** The lexicon's score, the same as without a model. */
	crisis: CrisisScore;
	/** Why the mention should go to the model; empty when the lexicon's score stands. */
	escalation: EscalationReason[];
}

/** Scores a mention with the lexicon and decides under `policy` whether a language model should read it. */
export function scoreAndEscalate(
	scorer: ReviewingScorer,
	input: ScoringInput,
	now: Date,
	policy: EscalationPolicy,
): LexiconOutcome {
	const { crisis, signals } = scorer.score(input, now);
	const ironyMarkers = policy.ironyMarkers ? countIronyMarkers(input.text) : 0;
	return {
		crisis,
		escalation: escalationReasons(
			{ crisis, signals, ironyMarkers },
			policy,
			scorer.settings.thresholds,
		),
	};
}
