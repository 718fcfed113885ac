import { isSpace } from './tokenCharacters';

/**
 * How much of a text the scorer reads: longer than nearly every real post (a tweet is 280 characters, a
 * YouTube comment at most 10,000, a rare long Reddit post up to 40,000), so mostly a flood or an attack
 * is cut, and every mention costs at most this much scoring time (about 10 ms at worst) and memory.
 */
export const SCORED_TEXT_LIMIT = 20_000;

/** How far back from the limit a cut looks for a space, so that a word across the limit is dropped, not shortened. */
const SPACE_SEARCH = 1_000;

/** The part of `text` that is scored: all of it up to the limit, else its start, cut at a space when one is near. */
export function scoredPart(text: string): string {
	if (text.length <= SCORED_TEXT_LIMIT) return text;
	for (let at = SCORED_TEXT_LIMIT; at > SCORED_TEXT_LIMIT - SPACE_SEARCH; at--) {
		if (isSpace(text.charCodeAt(at))) return text.slice(0, at);
	}
	// One very long word: cut it, but not between the two halves of a surrogate pair.
	const last = text.charCodeAt(SCORED_TEXT_LIMIT - 1);
	return text.slice(
		0,
		last >= 0xd800 && last <= 0xdbff ? SCORED_TEXT_LIMIT - 1 : SCORED_TEXT_LIMIT,
	);
}

/** 63349 → "63,349", the same on every machine (no locale). */
function groupThousands(count: number): string {
	const digits = String(count);
	let grouped = '';
	for (let index = 0; index < digits.length; index++) {
		if (index > 0 && (digits.length - index) % 3 === 0) grouped += ',';
		grouped += digits[index];
	}
	return grouped;
}

/** The reason that tells a reader the end of a text was not scored. */
export function truncationReason(length: number): string {
	return `text of ${groupThousands(length)} characters: only the first ${groupThousands(SCORED_TEXT_LIMIT)} were scored`;
}
