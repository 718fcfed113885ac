import { addEvidence, classifyToken, TURKISH_LETTER_WORD, type LanguageEvidence } from './language';
import { computeFacts, type CompiledLexicon, type TokenFacts } from './phraseMatcher';
import { countExclamations, countShoutedWords } from './tokenize';
import { createTokenBounds, END, HANDLE, HASH, KIND, LINK, nextToken, sameToken, START, tokenText } from './tokenScanner';
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

/**
 * A scanned text: its tokens' infos in `infos[0…count-1]` and what they say about language and emphasis,
 * gathered in the same pass. One object per memo, overwritten by the next text.
 */
export interface ScannedText {
	infos: TokenInfo[];
	count: number;
	evidence: LanguageEvidence;
	exclamations: number;
	shoutedWords: number;
}

const TURKISH_LETTERS = /[ğışİĞŞ]/;

const MEMO_LIMIT = 200_000;
const INITIAL_SLOTS = 1 << 12;

// Every TokenInfo is written out field by field in one order: V8 reads objects of one shape fastest.
function tokenInfo(token: string, facts: TokenFacts, languageClass: number, shouted: boolean, exclamations: number): TokenInfo {
	return {
		key: facts.key,
		candidates: facts.candidates,
		inert: facts.inert,
		longestCandidate: facts.longestCandidate,
		negator: facts.negator,
		postNegator: facts.postNegator,
		intensifier: facts.intensifier,
		contrast: facts.contrast,
		clauseBreak: facts.clauseBreak,
		sentenceEnd: facts.sentenceEnd,
		question: facts.question,
		complaintQuestion: facts.complaintQuestion,
		token,
		languageClass,
		shouted,
		exclamations,
		turkishLower: undefined,
		turkish: undefined,
	};
}

/**
 * The tokens of each text, looked up while the scanner reads them: mentions repeat a small vocabulary, so
 * a token is mostly found by its hash and a character comparison in an open-addressing table, with no
 * string made and no lower-casing of whole texts. Owned by one scorer (no module state), bounded, and it
 * never changes a result. Handles and URLs skip it: no entry starts with '@' or 'http', and each URL is new.
 */
export function createTokenMemo(english: CompiledLexicon, turkish: CompiledLexicon) {
	const nothing = computeFacts(english, '');
	const ignored = tokenInfo('', nothing, 0, false, 0);
	ignored.turkishLower = '';
	ignored.turkish = nothing;
	// One-character tokens ("i", ".", "!") are a tenth of all tokens: indexed by their code.
	const singleChars: Array<TokenInfo | undefined> = new Array(128);
	let entries: TokenInfo[] = [];
	/**
	 * Open addressing, at most half full: per slot its token's hash and entry index + 1 (0 for an empty
	 * slot) side by side, so a probe reads one cache line.
	 */
	let table = new Int32Array(2 * INITIAL_SLOTS);
	const bounds = createTokenBounds();
	const scanned: ScannedText = {
		infos: [],
		count: 0,
		evidence: { words: 0, english: 0, turkish: 0, other: 0, turkishLetters: false },
		exclamations: 0,
		shoutedWords: 0,
	};

	const createInfo = (token: string): TokenInfo => {
		const lower = token.toLowerCase();
		const facts = computeFacts(english, lower);
		return tokenInfo(
			token,
			facts,
			classifyToken(lower) | (TURKISH_LETTERS.test(token) ? TURKISH_LETTER_WORD : 0),
			countShoutedWords(token) > 0,
			facts.clauseBreak ? countExclamations(token) : 0,
		);
	};

	const place = (hash: number, entry: number): void => {
		const mask = table.length / 2 - 1;
		let slot = hash & mask;
		while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
		table[2 * slot] = hash;
		table[2 * slot + 1] = entry + 1;
	};

	const add = (text: string, start: number, end: number, hash: number): TokenInfo => {
		if (entries.length >= MEMO_LIMIT) {
			entries = [];
			table = new Int32Array(2 * INITIAL_SLOTS);
		}
		if ((entries.length + 1) * 4 > table.length) {
			const old = table;
			table = new Int32Array(old.length * 2);
			for (let slot = 1; slot < old.length; slot += 2) if (old[slot] !== 0) place(old[slot - 1], old[slot] - 1);
		}
		const info = createInfo(tokenText(text, start, end));
		place(hash, entries.length);
		entries.push(info);
		return info;
	};

	const lookUp = (text: string, start: number, end: number, hash: number): TokenInfo => {
		const mask = table.length / 2 - 1;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const entry = table[2 * slot + 1] - 1;
			if (entry < 0) return add(text, start, end, hash);
			if (table[2 * slot] === hash) {
				const info = entries[entry];
				if (sameToken(info.token, text, start, end)) return info;
			}
		}
	};

	const scan = (text: string): ScannedText => {
		const { infos, evidence } = scanned;
		evidence.words = evidence.english = evidence.turkish = evidence.other = 0;
		evidence.turkishLetters = false;
		let count = 0;
		let exclamations = 0;
		let shoutedWords = 0;
		for (let at = 0; nextToken(text, at, bounds); at = bounds[END]) {
			const start = bounds[START];
			const end = bounds[END];
			const kind = bounds[KIND];
			let info: TokenInfo;
			if (kind === LINK || kind === HANDLE) {
				info = ignored;
			} else if (end - start === 1 && text.charCodeAt(start) < 128) {
				const code = text.charCodeAt(start);
				info = singleChars[code] ?? (singleChars[code] = createInfo(text[start]));
			} else {
				info = lookUp(text, start, end, bounds[HASH]);
			}
			infos[count++] = info;
			if (info.languageClass !== 0) addEvidence(evidence, info.languageClass);
			exclamations += info.exclamations;
			if (info.shouted) shoutedWords++;
		}
		scanned.count = count;
		scanned.exclamations = exclamations;
		scanned.shoutedWords = shoutedWords;
		return scanned;
	};

	const turkishFactsOf = (info: TokenInfo): TokenFacts => {
		if (info.turkish === undefined) {
			info.turkishLower = turkishLowerCase(info.token);
			info.turkish = computeFacts(turkish, info.turkishLower);
		}
		return info.turkish;
	};

	return { scan, turkishFactsOf };
}
