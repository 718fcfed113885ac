import type { CategoryName } from '../CrisisScore';

/**
 * One word or phrase of a lexicon. Words are separated by spaces; a word ending in `*` is a stem that
 * matches any word starting with it ("gelme*" matches "gelmedi", "cancel*" matches "cancelled").
 */
export interface LexiconEntry {
	phrase: string;
	/** Sentiment valence, about -5…+5 like AFINN. */
	valence?: number;
	/** Valence when negated ("not good", "beğenmedim", "güzel değil"); default: the opposite sign, damped. */
	negated?: number;
	category?: CategoryName;
	/** "idare eder", "so-so": the writer is lukewarm, which damps the whole text's score towards neutral. */
	lukewarm?: boolean;
	/** "thanks", "thank you": politeness, which counts only when the rest of the text is not a complaint. */
	polite?: boolean;
}
