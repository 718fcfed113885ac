import { addEvidence, classifyToken, TURKISH_LETTER_WORD, type LanguageEvidence } from './language';
import type { CompiledLexicon } from './CompiledLexicon';
import { computeFacts } from './factsOf';
import type { TokenFacts } from './TokenFacts';
import { countExclamations, countShoutedWords } from './tokenize';
import {
	createTokenBounds,
	END,
	HANDLE,
	HASH,
	KIND,
	LINK,
	nextToken,
	START,
	tokenText,
} from './tokenScanner';
import { createTokenTable } from './tokenTable';
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
	/** 1 where the token is inert in English (see TokenFacts.inert): the matcher skips it without reading its info. */
	inert: Uint8Array;
	evidence: LanguageEvidence;
	exclamations: number;
	shoutedWords: number;
}

const TURKISH_LETTERS = /[ğışİĞŞ]/;

const MEMO_LIMIT = 200_000;
/** Tokens of a normal vocabulary average a few characters; a flood of long distinct words must not grow the memo without end. */
const MEMO_CHARACTER_LIMIT = 4_000_000;

/**
 * What a scan needs of a token, packed in one integer per token id: its language class (bits 0–4), whether
 * it shouts or is inert in English, and its exclamation marks. Reading these from a flat array instead of
 * the token's info object keeps the scan within a few cache lines.
 */
const LANGUAGE_BITS = 0x1f;
const SHOUTED = 1 << 5;
const INERT = 1 << 6;
const EXCLAMATIONS_SHIFT = 8;

function summaryOf(info: TokenInfo): number {
	return (
		info.languageClass |
		(info.shouted ? SHOUTED : 0) |
		(info.inert ? INERT : 0) |
		(Math.min(info.exclamations, 0xffff) << EXCLAMATIONS_SHIFT)
	);
}

// Every TokenInfo is written out field by field in one order: V8 reads objects of one shape fastest.
function tokenInfo(
	token: string,
	facts: TokenFacts,
	languageClass: number,
	shouted: boolean,
	exclamations: number,
): TokenInfo {
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
 * a token is mostly found in the token table by its hash and characters, with no string made and no
 * lower-casing of whole texts. Owned by one scorer (no module state), bounded, and it
 * never changes a result. Handles and URLs skip it: no entry starts with '@' or 'http', and each URL is new.
 */
export function createTokenMemo(english: CompiledLexicon, turkish: CompiledLexicon) {
	const nothing = computeFacts(english, '');
	const ignored = tokenInfo('', nothing, 0, false, 0);
	ignored.turkishLower = '';
	ignored.turkish = nothing;
	// One-character tokens ("i", ".", "!") are a tenth of all tokens: indexed by their code.
	const singleChars: Array<TokenInfo | undefined> = new Array(128);
	const ignoredSummary = summaryOf(ignored);
	const singleSummaries = new Int32Array(128);
	/** Infos and their summaries by token id in `table`. */
	let entries: TokenInfo[] = [];
	let summaries = new Int32Array(1024);
	const table = createTokenTable();
	const bounds = createTokenBounds();
	const scanned: ScannedText = {
		infos: [],
		count: 0,
		inert: new Uint8Array(256),
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

	/** The id of a token, added to the table (and its info made) when new. */
	const idOf = (text: string, start: number, end: number, hash: number): number => {
		const found = table.find(text, start, end, hash);
		if (found >= 0) return found;
		if (table.size >= MEMO_LIMIT || table.characters >= MEMO_CHARACTER_LIMIT) {
			table.clear();
			entries = [];
		}
		const info = createInfo(tokenText(text, start, end));
		const id = table.insert(text, start, end, hash);
		if (id >= summaries.length) {
			const grown = new Int32Array(summaries.length * 2);
			grown.set(summaries);
			summaries = grown;
		}
		entries[id] = info;
		summaries[id] = summaryOf(info);
		return id;
	};

	const scan = (text: string): ScannedText => {
		const { infos, evidence } = scanned;
		evidence.words = evidence.english = evidence.turkish = evidence.other = 0;
		evidence.turkishLetters = false;
		let inert = scanned.inert;
		let count = 0;
		let exclamations = 0;
		let shoutedWords = 0;
		for (let at = 0; nextToken(text, at, bounds); at = bounds[END]) {
			const start = bounds[START];
			const end = bounds[END];
			const kind = bounds[KIND];
			let info: TokenInfo;
			let summary: number;
			if (kind === LINK || kind === HANDLE) {
				info = ignored;
				summary = ignoredSummary;
			} else if (end - start === 1 && text.charCodeAt(start) < 128) {
				const code = text.charCodeAt(start);
				let single = singleChars[code];
				if (single === undefined) {
					single = singleChars[code] = createInfo(text[start]);
					singleSummaries[code] = summaryOf(single);
				}
				info = single;
				summary = singleSummaries[code];
			} else {
				const id = idOf(text, start, end, bounds[HASH]);
				info = entries[id];
				summary = summaries[id];
			}
			if (count === inert.length) {
				const grown = new Uint8Array(inert.length * 2);
				grown.set(inert);
				inert = scanned.inert = grown;
			}
			inert[count] = summary & INERT ? 1 : 0;
			infos[count++] = info;
			if ((summary & LANGUAGE_BITS) !== 0) addEvidence(evidence, summary & LANGUAGE_BITS);
			exclamations += summary >>> EXCLAMATIONS_SHIFT;
			if (summary & SHOUTED) shoutedWords++;
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
