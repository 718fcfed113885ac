import type { LexiconEntry } from './LexiconEntry';

/** Writes a lexicon as groups of phrases sharing one valence: easier to read and review than one object per word. */
export function weighted(
	valence: number,
	phrases: readonly string[],
	negated?: number,
): LexiconEntry[] {
	return phrases.map((phrase) => ({ phrase, valence, negated }));
}
