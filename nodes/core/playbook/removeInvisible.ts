/**
 * Characters a reader cannot see but that change what they read: bidi overrides and isolates (U+202E
 * turns "gnp.exe" into "exe.png"), zero-width and other invisible format characters (hide words from
 * filters, make two handles look alike), control characters, and tag characters (smuggle hidden text).
 * Line breaks of every kind become \n. A subdivision flag (🏴 + tags) is matched first and kept whole.
 */
const INVISIBLE =
	/\u{1F3F4}[\u{E0020}-\u{E007E}]{1,16}\u{E007F}|\r\n?|[\u0085\u2028\u2029]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{E0000}-\u{E007F}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

const ZERO_WIDTH_JOINER = '\u200D';
const EMOJI_BEFORE_JOINER = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const EMOJI_AFTER_JOINER = /^\p{Extended_Pictographic}/u;

/** Untrusted text with invisible characters removed; the first step of every output channel. */
export function removeInvisible(text: string): string {
	return text.replace(INVISIBLE, (match: string, offset: number, whole: string) => {
		if (match.length > 2 && match.startsWith('\u{1F3F4}')) return match;
		if (match === '\r\n' || match === '\r' || match === '\u0085' || match === '\u2028' || match === '\u2029') return '\n';
		if (match.length === 1 && match.charCodeAt(0) >= 0xd800 && match.charCodeAt(0) <= 0xdfff) return '\uFFFD';
		// A joiner inside an emoji sequence (👨‍👩‍👧) is part of the emoji, not a hiding place.
		if (match === ZERO_WIDTH_JOINER && joinsEmoji(whole, offset)) return match;
		return '';
	});
}

function joinsEmoji(text: string, offset: number): boolean {
	return EMOJI_BEFORE_JOINER.test(text.slice(Math.max(0, offset - 2), offset)) && EMOJI_AFTER_JOINER.test(text.slice(offset + 1, offset + 3));
}
