import { scoredPart } from '../scoring/scoredText';
import {
	createTokenBounds,
	EMOJI,
	END,
	KIND,
	nextToken,
	PUNCTUATION,
	START,
	tokenText,
	WORD,
} from '../scoring/tokenScanner';
import { foldTurkish } from '../scoring/turkishText';

/**
 * Phrases that mostly mean the opposite of their words in a message to a brand ("oh great", "thanks for
 * nothing", "helal olsun"), as sequences of lower-case words (Turkish ones ASCII-folded). Punctuation
 * between the words does not matter: "Great, another delay" is "great another".
 */
const IRONIC_PHRASES: readonly string[] = [
	'yeah right',
	'oh great',
	'oh wonderful',
	'oh joy',
	'just great',
	'just perfect',
	'great another',
	'love another',
	'thanks a lot',
	'thanks for nothing',
	'thanks for ruining',
	'just what i needed',
	'so much for',
	'way to go',
	'nice going',
	'what a surprise',
	'shocking i know',
	'helal olsun',
	'aferin size',
	'bravo size',
	'tebrikler size',
	'ne guzel',
	'cok sagolun',
];

/** Eye-roll, unamused, upside-down, smirking and clown faces. */
const IRONIC_EMOJI: ReadonlySet<string> = new Set([
	'\u{1F644}',
	'\u{1F612}',
	'\u{1F643}',
	'\u{1F60F}',
	'\u{1F921}',
]);

const LONGEST_PHRASE = 4;

interface PhraseTable {
	/** Phrases by their last word, each as its words. */
	byLastWord: Map<string, string[][]>;
}

function compilePhrases(phrases: readonly string[]): PhraseTable {
	const byLastWord = new Map<string, string[][]>();
	for (const phrase of phrases) {
		const words = phrase.split(' ');
		const last = words[words.length - 1];
		const list = byLastWord.get(last) ?? [];
		list.push(words);
		byLastWord.set(last, list);
	}
	return { byLastWord };
}

const PHRASES = compilePhrases(IRONIC_PHRASES);

function isQuote(code: number): boolean {
	return code === 34 || code === 0x201c || code === 0x201d;
}

/** `words[0…count-1]` end with `phrase` (the window holds the latest words last). */
function endsWith(window: readonly string[], count: number, phrase: readonly string[]): boolean {
	if (phrase.length > count) return false;
	for (let offset = 1; offset <= phrase.length; offset++) {
		if (window[count - offset] !== phrase[phrase.length - offset]) return false;
	}
	return true;
}

/**
 * How many irony markers a text holds: ironic phrases, eye-roll emoji, a "/s" tag and single words in
 * scare quotes ('"entertainment"'). One pass over the tokens of the part the scorer reads, a constant
 * amount of work per token, no regular expression.
 */
export function countIronyMarkers(fullText: string): number {
	const text = scoredPart(fullText);
	const bounds = createTokenBounds();
	// The latest words, newest last; shifted by hand to keep the pass allocation-free per token.
	const window: string[] = [];
	let markers = 0;
	for (let at = 0; nextToken(text, at, bounds); at = bounds[END]) {
		const start = bounds[START];
		const end = bounds[END];
		const kind = bounds[KIND];
		if (kind === EMOJI) {
			if (IRONIC_EMOJI.has(text.slice(start, end))) markers++;
			continue;
		}
		if (kind === PUNCTUATION) continue;
		if (kind !== WORD) {
			window.length = 0;
			continue;
		}
		const word = foldTurkish(tokenText(text, start, end).toLowerCase());
		if (
			word === 's' &&
			start > 0 &&
			text.charCodeAt(start - 1) === 47 &&
			(end === text.length || text.charCodeAt(end) <= 32)
		)
			markers++;
		if (
			start > 0 &&
			isQuote(text.charCodeAt(start - 1)) &&
			end < text.length &&
			isQuote(text.charCodeAt(end))
		)
			markers++;
		if (window.length === LONGEST_PHRASE) window.shift();
		window.push(word);
		const candidates = PHRASES.byLastWord.get(word);
		if (candidates) {
			for (const phrase of candidates) {
				if (endsWith(window, window.length, phrase)) {
					markers++;
					break;
				}
			}
		}
	}
	return markers;
}
