/**
 * Turkish text rules the scorer needs: dotted/dotless i casing, ASCII folding (reviews are often typed
 * without Turkish letters: "kotu" for "kötü") and the negative verb suffixes of an agglutinative language.
 */

/** Lower-cases with Turkish rules: İ→i and I→ı (the default rules turn I into i and İ into i + a combining dot). */
export function turkishLowerCase(text: string): string {
	return text.replace(/İ/g, 'i').replace(/I/g, 'ı').toLowerCase();
}

const ASCII_FOLDS: Readonly<Record<string, string>> = {
	ç: 'c',
	ğ: 'g',
	ı: 'i',
	ö: 'o',
	ş: 's',
	ü: 'u',
	â: 'a',
	î: 'i',
	û: 'u',
	'\u0307': '',
};
const FOLDABLE = /[çğıöşüâîû\u0307]/g;

/** Maps a lower-cased Turkish word to plain ASCII so "kötü", "kotu" and "KÖTÜ" match the same entry. */
export function foldTurkish(word: string): string {
	return word.replace(FOLDABLE, (letter) => ASCII_FOLDS[letter]);
}

/**
 * True when what follows a verb stem (ASCII-folded) is a negative suffix: -ma/-me with a tense or person
 * after it (-madı, -mez, -mayacak, -mam, -masın), -mıyor, and the "cannot" forms -ama/-eme/-yama
 * (-amadım, -emiyor). Infinitives (-mak), gerunds (-ması) and the evidential -miş are not negations.
 */
const NEGATIVE_SUFFIX = /^(?:y?[ae])?(?:m[ae](?:d|z|y|m|sin|niz)|m[iu]yor)/;

export function hasNegativeSuffix(rest: string): boolean {
	return NEGATIVE_SUFFIX.test(rest);
}

/**
 * A negative verb form anywhere in an (ASCII-folded) word: -mıyor, -madı, -mamış, -maz…, and the "cannot"
 * forms -amadı, -emiyor. Used for verbs the lexicon does not list: "kesmiyor", "getirmedi", "yapamıyorum".
 */
const NEGATIVE_VERB_FORM =
	/..(?:m[iu]yor|m[ae]d[iu]|m[ae]m[iu]s|m[ae]z(?:$|lar|sin|di|mis)|[ae]m[ae]d[iu]|[ae]m[iu]yor)/;

export function isNegativeVerbForm(word: string): boolean {
	return NEGATIVE_VERB_FORM.test(word);
}
