/**
 * Characters a reader cannot see that change what they read: bidi embeddings, overrides, isolates and
 * marks (U+202E turns "gnp.exe" into "exe.png") and zero-width characters (hide a word from a filter,
 * make two handles look alike). A single character class: one pass, no backtracking.
 */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

export function removeInvisibleCharacters(text: string): string {
	return text.replace(INVISIBLE, '');
}
