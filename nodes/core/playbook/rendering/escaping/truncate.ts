/** What a cut-short field ends with, so a reader knows there was more. */
export const TRUNCATED = '… (truncated)';

/**
 * `text` cut to at most `max` characters, marker included. `safeEnd` may move the cut earlier so it does
 * not split a sequence of the target's markup (an entity, an escape, a link); a surrogate pair or an emoji
 * joined by zero-width joiners is never left with a dangling half.
 */
export function truncate(
	text: string,
	max: number,
	safeEnd: (text: string, end: number) => number = (_t, end) => end,
): string {
	if (text.length <= max) return text;
	let end = Math.max(0, max - TRUNCATED.length);
	if (isLowSurrogate(text.charCodeAt(end)) && end > 0) end--;
	end = safeEnd(text, end);
	if (isLowSurrogate(text.charCodeAt(end)) && end > 0) end--;
	// A joiner left at the end would join the emoji before it to nothing (and reads as a hidden character).
	while (end > 0 && text[end - 1] === '\u200D') end--;
	return `${text.slice(0, end)}${TRUNCATED}`;
}

/** How long each character an escaper rewrites becomes, and the longest of them. */
export interface EscapedLengths {
	byCode: ReadonlyMap<number, number>;
	longest: number;
}

/**
 * `text` cut where its escaped form would pass `budget` characters (marker included), given how long each
 * escaped character becomes (others stay one); `cut` says whether it was, so the escaper can add the
 * marker after escaping. Escaping a post of quotes five times over only to cut most of it away would
 * cost more than the post is worth.
 */
export function truncateEscaped(
	text: string,
	budget: number,
	escaped: EscapedLengths,
): { text: string; cut: boolean } {
	const room = budget - TRUNCATED.length;
	if (text.length * escaped.longest <= room) return { text, cut: false };
	let length = 0;
	for (let i = 0; i < text.length; i++) {
		length += escaped.byCode.get(text.charCodeAt(i)) ?? 1;
		if (length > room) {
			const kept = truncate(text, i + TRUNCATED.length);
			return { text: kept.slice(0, kept.length - TRUNCATED.length), cut: true };
		}
	}
	return { text, cut: false };
}

/** For truncateEscaped: the escaped length of each character an escaper rewrites, from its replacements. */
export function escapedLengths(replacements: Readonly<Record<string, string>>): EscapedLengths {
	const byCode = new Map(
		Object.entries(replacements).map(([ch, escapedForm]) => [ch.charCodeAt(0), escapedForm.length]),
	);
	return { byCode, longest: Math.max(1, ...byCode.values()) };
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}
