import { classifyToken, TURKISH_LETTER_WORD } from './language';
import { computeFacts, type CompiledLexicon, type TokenFacts } from './phraseMatcher';
import { countExclamations, countShoutedWords } from './tokenize';
import { createTokenBounds, END, HANDLE, HASH, KIND, LINK, nextToken, sameToken, START, tokenText } from './tokenScanner';
import { turkishLowerCase } from './turkishText';

/**
 * Everything the scorer learns from one distinct token as written: its facts in the English lexicon
 * (whose `key` is the lower-cased token), its language evidence, whether it shouts, and, once a Turkish
 * text needs them, its Turkish casing and facts.
 */
export interface TokenInfo {
	token: string;
	/** Lower-cased: the English lexicon's key. */
	key: string;
	english: TokenFacts;
	languageClass: number;
	shouted: boolean;
	exclamations: number;
	/** Lower-cased with Turkish rules (İ→i, I→ı); set with `turkish`. */
	turkishLower: string | undefined;
	turkish: TokenFacts | undefined;
}

/** A scanned text: its tokens' infos in `infos[0…count-1]` (a buffer the memo reuses for the next text). */
export interface ScannedText {
	infos: TokenInfo[];
	count: number;
}

const TURKISH_LETTERS = /[ğışİĞŞ]/;

const MEMO_LIMIT = 200_000;
const INITIAL_SLOTS = 1 << 12;

function ignoredInfo(english: CompiledLexicon): TokenInfo {
	const nothing = computeFacts(english, '');
	return { token: '', key: '', english: nothing, languageClass: 0, shouted: false, exclamations: 0, turkishLower: '', turkish: nothing };
}

/**
 * The tokens of each text, looked up while the scanner reads them: mentions repeat a small vocabulary, so
 * a token is mostly found by its hash and a character comparison in an open-addressing table, with no
 * string made and no lower-casing of whole texts. Owned by one scorer (no module state), bounded, and it
 * never changes a result. Handles and URLs skip it: no entry starts with '@' or 'http', and each URL is new.
 */
export function createTokenMemo(english: CompiledLexicon, turkish: CompiledLexicon) {
	const ignored = ignoredInfo(english);
	// One-character tokens ("i", ".", "!") are a tenth of all tokens: indexed by their code.
	const singleChars: Array<TokenInfo | undefined> = new Array(128);
	let entries: TokenInfo[] = [];
	let hashes = new Int32Array(INITIAL_SLOTS / 2);
	/** Entry index + 1 per slot, 0 for an empty slot; at most half full. */
	let slots = new Int32Array(INITIAL_SLOTS);
	const bounds = createTokenBounds();
	const scanned: ScannedText = { infos: [], count: 0 };

	const createInfo = (token: string): TokenInfo => {
		const lower = token.toLowerCase();
		const facts = computeFacts(english, lower);
		return {
			token,
			key: facts.key,
			english: facts,
			languageClass: classifyToken(lower) | (TURKISH_LETTERS.test(token) ? TURKISH_LETTER_WORD : 0),
			shouted: countShoutedWords(token) > 0,
			exclamations: facts.clauseBreak ? countExclamations(token) : 0,
			turkishLower: undefined,
			turkish: undefined,
		};
	};

	const place = (hash: number, entry: number): void => {
		const mask = slots.length - 1;
		let slot = hash & mask;
		while (slots[slot] !== 0) slot = (slot + 1) & mask;
		slots[slot] = entry + 1;
	};

	const add = (text: string, start: number, end: number, hash: number): TokenInfo => {
		if (entries.length >= MEMO_LIMIT) {
			entries = [];
			slots = new Int32Array(INITIAL_SLOTS);
			hashes = new Int32Array(INITIAL_SLOTS / 2);
		}
		if ((entries.length + 1) * 2 > slots.length) {
			slots = new Int32Array(slots.length * 2);
			const grown = new Int32Array(slots.length / 2);
			grown.set(hashes);
			hashes = grown;
			for (let entry = 0; entry < entries.length; entry++) place(hashes[entry], entry);
		}
		const info = createInfo(tokenText(text, start, end));
		hashes[entries.length] = hash;
		place(hash, entries.length);
		entries.push(info);
		return info;
	};

	const lookUp = (text: string, start: number, end: number, hash: number): TokenInfo => {
		const mask = slots.length - 1;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const entry = slots[slot] - 1;
			if (entry < 0) return add(text, start, end, hash);
			if (hashes[entry] === hash && sameToken(entries[entry].token, text, start, end)) return entries[entry];
		}
	};

	const scan = (text: string): ScannedText => {
		const { infos } = scanned;
		let count = 0;
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
		}
		scanned.count = count;
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
