import { classifyToken, TURKISH_LETTER_WORD } from './language';
import { computeFacts, type CompiledLexicon, type TokenFacts } from './phraseMatcher';
import { countExclamations, countShoutedWords } from './tokenize';
import { turkishLowerCase } from './turkishText';

/**
 * Everything the scorer learns from one distinct token as written: its facts in the English lexicon
 * (whose `key` is the lower-cased token), its language evidence, whether it shouts, and, once a Turkish
 * text needs them, its Turkish casing and facts.
 */
export interface TokenInfo extends TokenFacts {
	token: string;
	languageClass: number;
	shouted: boolean;
	exclamations: number;
	/** Lower-cased with Turkish rules (İ→i, I→ı); set with `turkish`. */
	turkishLower: string | undefined;
	turkish: TokenFacts | undefined;
}

const TURKISH_LETTERS = /[ğışİĞŞ]/;

const MEMO_LIMIT = 200_000;

/** A handle or a URL (the tokenizer yields "http…" and "www.…" tokens only for URLs). */
function isIgnored(token: string, first: number): boolean {
	return first === 64 || (first === 104 && token.startsWith('http')) || (first === 119 && token.startsWith('www.'));
}

// Every TokenInfo is written out field by field in one order: V8 reads such objects fastest (an object
// spread makes slow ones).
function ignoredInfo(): TokenInfo {
	const nothing: TokenFacts = {
		key: '',
		candidates: [],
		negator: false,
		postNegator: false,
		intensifier: false,
		contrast: false,
		clauseBreak: false,
	};
	return {
		key: '',
		candidates: [],
		negator: false,
		postNegator: false,
		intensifier: false,
		contrast: false,
		clauseBreak: false,
		token: '',
		languageClass: 0,
		shouted: false,
		exclamations: 0,
		turkishLower: '',
		turkish: nothing,
	};
}

/**
 * One lookup per token instead of one per question and no lower-casing of whole texts: mentions repeat a
 * small vocabulary, so a batch mostly hits the memo. Owned by one scorer (no module state), bounded, and it
 * never changes a result. Handles and URLs skip it: no entry starts with '@' or 'http', and each URL is new.
 */
export function createTokenMemo(english: CompiledLexicon, turkish: CompiledLexicon) {
	const memo = new Map<string, TokenInfo>();
	const ignored = ignoredInfo();

	// One-character tokens ("i", ".", "!") are a tenth of all tokens: an array beats a hash lookup.
	const singleChars: Array<TokenInfo | undefined> = new Array(128);

	const infoOf = (token: string): TokenInfo => {
		const first = token.charCodeAt(0);
		const single = token.length === 1 && first < 128;
		let info = single ? singleChars[first] : memo.get(token);
		if (info === undefined) {
			if (isIgnored(token, first)) return ignored;
			if (memo.size >= MEMO_LIMIT) memo.clear();
			const lower = token.toLowerCase();
			const facts = computeFacts(english, lower);
			info = {
				key: facts.key,
				candidates: facts.candidates,
				negator: facts.negator,
				postNegator: facts.postNegator,
				intensifier: facts.intensifier,
				contrast: facts.contrast,
				clauseBreak: facts.clauseBreak,
				token,
				languageClass: classifyToken(lower) | (TURKISH_LETTERS.test(token) ? TURKISH_LETTER_WORD : 0),
				shouted: countShoutedWords(token) > 0,
				exclamations: facts.clauseBreak ? countExclamations(token) : 0,
				turkishLower: undefined,
				turkish: undefined,
			};
			if (single) singleChars[first] = info;
			else memo.set(token, info);
		}
		return info;
	};

	const turkishFactsOf = (info: TokenInfo): TokenFacts => {
		if (info.turkish === undefined) {
			info.turkishLower = turkishLowerCase(info.token);
			info.turkish = computeFacts(turkish, info.turkishLower);
		}
		return info.turkish;
	};

	return { infoOf, turkishFactsOf };
}
