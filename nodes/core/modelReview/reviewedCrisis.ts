import type { CrisisScore } from '../scoring/CrisisScore';
import type { ReviewingScorer, ScoringInput } from '../scoring/createScorer';
import type { ModelVerdict } from '../scoring/ModelVerdict';
import type { LexiconOutcome } from './escalate';
import type { EscalationReason } from './escalationReasons';
import type { ReviewUsage, UnreviewedCause } from './ReviewUsage';

/** The crisis score of a mention when a model is connected: who decided, why it was sent, what the execution spent. */
export interface ReviewedCrisis extends CrisisScore {
	decidedBy: 'lexicon' | 'model';
	/** Only for a mention the policy sent: why, and why it kept the lexicon's score if it did. */
	escalation?: { reasons: EscalationReason[]; unreviewed?: UnreviewedCause };
	/** The execution's usage, the same on every item, so any item can report it. */
	modelUsage: ReviewUsage;
}

/**
 * The lexicon's score marked as such, or, with a verdict, the score the scorer's rules give the model's
 * label, categories and language (see ReviewingScorer.judge).
 */
export function reviewedCrisis(
	scorer: ReviewingScorer,
	input: ScoringInput,
	now: Date,
	lexicon: LexiconOutcome,
	review: {
		verdict: ModelVerdict | undefined;
		unreviewed: UnreviewedCause | undefined;
		usage: ReviewUsage;
	},
): ReviewedCrisis {
	const decided: CrisisScore = review.verdict
		? scorer.judge(input, now, review.verdict)
		: { ...lexicon.crisis, decidedBy: 'lexicon' };
	const escalation =
		lexicon.escalation.length === 0
			? undefined
			: review.unreviewed
				? { reasons: lexicon.escalation, unreviewed: review.unreviewed }
				: { reasons: lexicon.escalation };
	return {
		...decided,
		decidedBy: decided.decidedBy ?? 'lexicon',
		...(escalation ? { escalation } : {}),
		modelUsage: review.usage,
	};
}
