import type { CategoryName } from './CrisisScore';

/**
 * What a language model said about one mention, already validated: the scorer recomputes risk and level
 * from it with its own rules (see createScorer's `judge`).
 */
export interface ModelVerdict {
	label: 'negative' | 'neutral' | 'positive';
	categories: CategoryName[];
	isComplaint: boolean;
	isSarcasm: boolean;
	/** ISO 639-1, lower case. */
	language: string;
	/** One sentence, as the model wrote it (capped). */
	reason: string;
}
