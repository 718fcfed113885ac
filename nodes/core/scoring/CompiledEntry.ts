import type { CategoryName } from './CrisisScore';

export interface CompiledWord {
	text: string;
	isStem: boolean;
}

export interface CompiledEntry {
	words: CompiledWord[];
	valence: number;
	negated: number | undefined;
	categories: CategoryName[];
	lukewarm: boolean;
	/** "thanks", "sorry to bother": politeness, which counts only when the rest of the text is not a complaint. */
	polite: boolean;
}
