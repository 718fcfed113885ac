/** What a cut-short field ends with, so a reader knows there was more. */
export const TRUNCATED = '… (truncated)';

/**
 * `text` cut to at most `max` characters, marker included. `safeEnd` may move the cut earlier so it does
 * not split a sequence of the target's markup (an entity, an escape, a link); a surrogate pair or an emoji
 * joined by zero-width joiners is never left with a dangling half.
 */
export function truncate(text: string, max: number, safeEnd: (text: string, end: number) => number = (_t, end) => end): string {
	if (text.length <= max) return text;
	let end = Math.max(0, max - TRUNCATED.length);
	if (isLowSurrogate(text.charCodeAt(end)) && end > 0) end--;
	end = safeEnd(text, end);
	if (isLowSurrogate(text.charCodeAt(end)) && end > 0) end--;
	// A joiner left at the end would join the emoji before it to nothing (and reads as a hidden character).
	while (end > 0 && text[end - 1] === '\u200D') end--;
	return `${text.slice(0, end)}${TRUNCATED}`;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}
