/**
 * Language detection between the two languages the lexicons cover. A text whose words point to another
 * language (or to another script) is `unsupported`: scoring it with English or Turkish words would be a guess.
 */
export type DetectedLanguage = 'en' | 'tr' | 'unsupported';

function wordSet(words: string): ReadonlySet<string> {
	return new Set(words.split(' '));
}

const ENGLISH_WORDS = wordSet(
	"the and is are was were be been to of in on at for with from by this that it it's i i'm i've me my we our you your " +
		"they them their he she his her a an not no but so just can can't cannot don't didn't doesn't won't isn't wasn't " +
		'have has had do does did will would could should what when where why how who there here get got all any some ' +
		'still again now today yet very really thanks thank please need want help',
);

const TURKISH_WORDS = wordSet(
	've bir bu şu çok cok için icin ama fakat ile gibi daha değil degil ben biz siz onlar bana beni bizi size ' +
		'mi mı mu mü da de ki ne neden niye nasıl nasil hiç hic her hem ya yok var olarak sonra önce once kadar ' +
		'ürün urun ürünü urunu kargo sipariş siparis güzel guzel iyi kötü kotu teşekkürler tesekkurler',
);

/** Common short words of languages the product does not score, so their texts are not forced into EN or TR. */
const OTHER_LANGUAGE_WORDS = wordSet(
	'el la los las que por para una con del muy pero está esta gracias ' +
		'der die das und ist nicht ich mit für fur sehr auch danke ' +
		'le les des est pas pour avec une très tres merci je nous vous ' +
		'em não nao obrigado você voce ' +
		'het een niet voor zijn ' +
		'il che non sono grazie ' +
		'dan yang tidak ini itu saya',
);

const LATIN_LETTER = /[a-zà-ɏ]/;
const OTHER_SCRIPT =
	/[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Vocabulary the scorer knows per language: the fallback evidence when a text holds no common word. */
export interface LanguageVocabulary {
	en: (token: string) => boolean;
	tr: (token: string) => boolean;
}

/** Turkish inflections that English words rarely end with (-iyor, -dım, -mış, -ları…). */
const TURKISH_ENDING =
	/(?:[iıuü]yor(?:um|uz|sun|lar)?|[dt][iıuü]m|m[iı]ş|l[ae]r[iı]|s[iı]n[iı]|[dt][ae]n)$/;

export const ENGLISH_WORD = 1;
export const TURKISH_WORD = 2;
export const OTHER_LANGUAGE_WORD = 4;
export const LATIN_WORD = 8;
/** Set by the caller, which sees the token as written: it holds ğ, ı, ş or İ. */
export const TURKISH_LETTER_WORD = 16;

/** Bit flags of what a token says about the language: 0 for punctuation, emoji, numbers, handles and URLs. */
export function classifyToken(token: string): number {
	const first = token.charCodeAt(0);
	if (first === 64 || !LATIN_LETTER.test(token) || isLink(token)) return 0;
	return (
		LATIN_WORD |
		(ENGLISH_WORDS.has(token) ? ENGLISH_WORD : 0) |
		(TURKISH_WORDS.has(token) ? TURKISH_WORD : 0) |
		(OTHER_LANGUAGE_WORDS.has(token) ? OTHER_LANGUAGE_WORD : 0)
	);
}

function isLink(token: string): boolean {
	return token.startsWith('http://') || token.startsWith('https://') || token.startsWith('www.');
}

/** Counts of the tokens' `classifyToken` flags, gathered by the caller in its own pass over the tokens. */
export interface LanguageEvidence {
	words: number;
	english: number;
	turkish: number;
	other: number;
	/** A token with a letter only Turkish uses (ğ, ı, ş, İ). */
	turkishLetters: boolean;
}

export function addEvidence(evidence: LanguageEvidence, languageClass: number): void {
	if (languageClass & TURKISH_LETTER_WORD) evidence.turkishLetters = true;
	if ((languageClass & LATIN_WORD) === 0) return;
	evidence.words++;
	if (languageClass & ENGLISH_WORD) evidence.english++;
	if (languageClass & TURKISH_WORD) evidence.turkish++;
	if (languageClass & OTHER_LANGUAGE_WORD) evidence.other++;
}

/**
 * Decides from a text, the evidence of its common words and, failing that, the words the lexicons know
 * and Turkish endings (the original text's Turkish-only letters are evidence too). A short text without
 * any evidence (emoji only, a name, "DM sent") counts as English: emoji scores are language-neutral and
 * such texts are too short to be another language's sentences. `tokens` holds the text's `count` tokens
 * (a buffer that may be longer).
 */
export function detectLanguage(
	text: string,
	evidence: LanguageEvidence,
	tokens: ReadonlyArray<{ key: string; languageClass: number }>,
	count: number,
	vocabulary: LanguageVocabulary,
): DetectedLanguage {
	let { english, other } = evidence;
	let turkish = evidence.turkish + (evidence.turkishLetters ? 2 : 0);
	if (evidence.words === 0) return OTHER_SCRIPT.test(text) ? 'unsupported' : 'en';
	if (english === 0 && turkish === 0 && other === 0) {
		for (let index = 0; index < count; index++) {
			const { key: token, languageClass } = tokens[index];
			if ((languageClass & LATIN_WORD) === 0) continue;
			if (vocabulary.en(token)) english++;
			if (vocabulary.tr(token) || TURKISH_ENDING.test(token)) turkish++;
		}
		// Four words or more and not one known English or Turkish word: some other language.
		if (english === 0 && turkish === 0 && evidence.words >= 4) return 'unsupported';
	}
	if (turkish > english && turkish >= other) return 'tr';
	if (other > english && other > turkish) return 'unsupported';
	return 'en';
}
