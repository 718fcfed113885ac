/**
 * A hand-written scanner over a text's character codes that finds the tokens the lexicons match: words
 * (with inner apostrophes: "didn't"), emoji, emoticons and runs of clause punctuation (they end a negation's
 * scope), and URLs and @handles as tokens of their own that no lexicon entry matches (so @united never
 * scores as the word "united"). It allocates nothing per token: it reports each token's bounds and a hash
 * of its characters, which the token memo looks up without making a string. Casing is kept as written.
 *
 * The grammar, at each position, first match wins:
 *   https?://\S+ | www\.\S+ | @\w+ | word-start word-part* ('word-part+)* | [:;=]'?-?[()dDpP/\\]
 *   | emoji (surrogate pair) | arrows, technical and dingbat symbols (✈ ❤ ☺) | [.,;:!?]+
 * Word letters cover Latin (with Turkish), Greek, Cyrillic and the other BMP scripts; the typographic
 * apostrophe ’ counts as '.
 */
import {
	APOSTROPHE,
	asScanned,
	isApostrophe,
	isClausePunctuation,
	isEmoticonMouth,
	isHandlePart,
	isSpace,
	isSymbol,
	isWordPart,
	isWordStart,
} from './tokenCharacters';

/** What a token is: words, emoticons, emoji, symbols and punctuation are looked up; links and handles never. */
export const WORD = 1;
export const LINK = 2;
export const HANDLE = 3;
export const EMOTICON = 4;
export const EMOJI = 5;
export const SYMBOL = 6;
export const PUNCTUATION = 7;

/** Where the scanner reports a token: [start, end, kind, hash]. One per scorer, reused for every token. */
export type TokenBounds = Int32Array;

export const START = 0;
export const END = 1;
export const KIND = 2;
export const HASH = 3;

export function createTokenBounds(): TokenBounds {
	return new Int32Array(4);
}

const FNV_PRIME = 0x01000193;

function hashStep(hash: number, code: number): number {
	return Math.imul(hash ^ asScanned(code), FNV_PRIME);
}

const HASH_SEED = 0x811c9dc5 | 0;

/** End of a link: the first whitespace at or after `from`. */
function endOfNonSpace(text: string, from: number): number {
	let index = from;
	while (index < text.length && !isSpace(text.charCodeAt(index))) index++;
	return index;
}

/** Length of an `https?://` or `www.` prefix at `at` that a non-space character follows, 0 when none. */
function linkPrefix(text: string, at: number, first: number): number {
	let length = 0;
	if (first === 104 && text.startsWith('http', at)) {
		if (text.startsWith('://', at + 4)) length = 7;
		else if (text.startsWith('s://', at + 4)) length = 8;
	} else if (first === 119 && text.startsWith('www.', at)) {
		length = 4;
	}
	return length > 0 && at + length < text.length && !isSpace(text.charCodeAt(at + length))
		? length
		: 0;
}

/**
 * Reports the word starting at `start` (a word-start character), inner apostrophes included, hashing it in
 * the same pass: words are most tokens, and most of the scanner's time.
 */
function reportWord(bounds: TokenBounds, text: string, start: number): true {
	const length = text.length;
	let hash = hashStep(HASH_SEED, text.charCodeAt(start));
	let index = start + 1;
	for (;;) {
		while (index < length) {
			const code = text.charCodeAt(index);
			if (!isWordPart(code)) break;
			// A word part is never an apostrophe: hashed as it is.
			hash = Math.imul(hash ^ code, FNV_PRIME);
			index++;
		}
		if (
			index + 1 < length &&
			isApostrophe(text.charCodeAt(index)) &&
			isWordPart(text.charCodeAt(index + 1))
		) {
			hash = hashStep(hash, APOSTROPHE);
			index++;
			continue;
		}
		return finish(bounds, start, index, WORD, hash);
	}
}

/** End of an emoticon starting at `start` (one of : ; =), or -1. */
function endOfEmoticon(text: string, start: number): number {
	let index = start + 1;
	if (index < text.length && isApostrophe(text.charCodeAt(index))) index++;
	if (index < text.length && text.charCodeAt(index) === 45) index++;
	return index < text.length && isEmoticonMouth(text.charCodeAt(index)) ? index + 1 : -1;
}

function finish(bounds: TokenBounds, start: number, end: number, kind: number, hash: number): true {
	// FNV-1a leaves the low bits poorly mixed and the memo's table indexes by them: a final avalanche spreads them.
	let mixed = hash ^ (hash >>> 16);
	mixed = Math.imul(mixed, 0x85ebca6b);
	bounds[START] = start;
	bounds[END] = end;
	bounds[KIND] = kind;
	bounds[HASH] = mixed ^ (mixed >>> 13);
	return true;
}

function report(bounds: TokenBounds, text: string, start: number, end: number, kind: number): true {
	let hash = HASH_SEED;
	for (let index = start; index < end; index++) hash = hashStep(hash, text.charCodeAt(index));
	return finish(bounds, start, end, kind, hash);
}

/**
 * Finds the first token at or after `from` and writes it into `bounds`; false when there is none. Links
 * and handles get no hash (0): nothing looks them up.
 */
export function nextToken(text: string, from: number, bounds: TokenBounds): boolean {
	for (let at = from; at < text.length; at++) {
		const code = text.charCodeAt(at);
		if (code === 32) continue;
		if (code === 104 || code === 119) {
			const prefix = linkPrefix(text, at, code);
			if (prefix > 0) {
				bounds[START] = at;
				bounds[END] = endOfNonSpace(text, at + prefix);
				bounds[KIND] = LINK;
				bounds[HASH] = 0;
				return true;
			}
		}
		if (isWordStart(code)) return reportWord(bounds, text, at);
		if (code === 64) {
			let end = at + 1;
			while (end < text.length && isHandlePart(text.charCodeAt(end))) end++;
			if (end > at + 1) {
				bounds[START] = at;
				bounds[END] = end;
				bounds[KIND] = HANDLE;
				bounds[HASH] = 0;
				return true;
			}
			continue;
		}
		if (code === 58 || code === 59 || code === 61) {
			const end = endOfEmoticon(text, at);
			if (end > 0) return report(bounds, text, at, end, EMOTICON);
		}
		if (code >= 0xd83c && code <= 0xd83e && at + 1 < text.length) {
			const low = text.charCodeAt(at + 1);
			if (low >= 0xdc00 && low <= 0xdfff) return report(bounds, text, at, at + 2, EMOJI);
		}
		if (isSymbol(code)) return report(bounds, text, at, at + 1, SYMBOL);
		if (isClausePunctuation(code)) {
			let end = at + 1;
			while (end < text.length && isClausePunctuation(text.charCodeAt(end))) end++;
			return report(bounds, text, at, end, PUNCTUATION);
		}
	}
	return false;
}

/** The token's text as lexicons read it (’ written as '). */
export function tokenText(text: string, start: number, end: number): string {
	const token = text.slice(start, end);
	return token.includes('’') ? token.replace(/’/g, "'") : token;
}
