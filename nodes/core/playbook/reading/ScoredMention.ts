import type { Mention } from '../../mention/Mention';
import type { CrisisScore } from '../../scoring/CrisisScore';

/** A mention as it reaches the playbook: Crisis Score may have added `crisis`, and `brand` may be set by the workflow. */
export interface ScoredMention extends Mention {
	crisis?: CrisisScore;
	brand?: string;
}
