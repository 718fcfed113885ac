/** What the lexicon noticed about its own certainty on one text, for deciding whether a model should read it. */
export interface LexiconSignals {
	/** Lexicon words that moved the score (a star rating counts as one). */
	terms: number;
	/** How far the score is from the nearest label cut-off of its language (0 for an unscored text). */
	labelMargin: number;
	/** Terms of both signs: praise and blame in one text. */
	mixed: boolean;
	/** A negator negated a word or stood on its own ("not", "never", "değil"). */
	negated: boolean;
}
