export interface LanguageRules {
	/** Maps a lower-cased token to the form lexicon keys use (Turkish: ASCII-folded). */
	normalize: (word: string) => string;
	/** Words that negate what follows them within `negationReach` tokens ("not", "never"). */
	negators: ReadonlySet<string>;
	negationReach: number;
	/** Word stems that negate the entry right before them ("değil", "yok"). */
	postNegators: readonly string[];
	/** Does the rest of a stem-matched word make it negative (Turkish -madı, -mıyor)? */
	negativeSuffix: (rest: string) => boolean;
	/**
	 * Is a word no entry knows a negative verb form ("kesmiyor", "getirmedi")? In an agglutinative language
	 * that is a complaint whatever the verb; it then scores `negativeFormValence`.
	 */
	negativeForm: (word: string) => boolean;
	negativeFormValence: number;
	intensifiers: ReadonlySet<string>;
	/** "but", "ama": what comes after weighs more than what came before. */
	contrasts: ReadonlySet<string>;
	/** "why", "neden": a question with one of these is a complaint, not a request for information. */
	complaintQuestions: ReadonlySet<string>;
}
