import type { CompiledLexicon } from './CompiledLexicon';

/** Does any entry start with this token (exactly, or by a stem at least `minStemLength` long)? Evidence for language detection. */
export function knowsWord(lexicon: CompiledLexicon, token: string, minStemLength: number): boolean {
	if (lexicon.exact.has(token)) return true;
	for (const length of lexicon.stemLengths) {
		if (length < minStemLength) break;
		if (length <= token.length && lexicon.stems.has(token.slice(0, length))) return true;
	}
	return false;
}
