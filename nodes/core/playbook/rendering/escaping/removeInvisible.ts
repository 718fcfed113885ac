/**
 * Characters a reader cannot see but that change what they read: bidi overrides and isolates (U+202E
 * turns "gnp.exe" into "exe.png"), zero-width and other invisible format characters (hide words from
 * filters, make two handles look alike), control characters, and tag characters (smuggle hidden text).
 * Each pass is one native replace with a fixed string, so a megabyte of them costs a few milliseconds.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// A joiner inside an emoji sequence (👨‍👩‍👧) is part of the emoji, not a hiding place.
const STRAY_JOINER =
	/(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F])\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
// Tag characters, except those of a subdivision flag (🏴 England), which is kept whole.
const TAGS = /(\u{1F3F4}[\u{E0020}-\u{E007E}]{1,16}\u{E007F})|[\u{E0000}-\u{E007F}]/gu;
const HIDDEN =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]/g;
const LINE_BREAK = /\r\n?|[\u0085\u2028\u2029]/g;
// Any character one of the passes above could change (every surrogate, so emoji take the long way):
// most text has none, and one test is cheaper than five passes.
const CANDIDATE =
	/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\u3164\uD800-\uDFFF\uFEFF\uFFA0\uFFF9-\uFFFB]/;

/** Untrusted text with invisible characters removed and every line break made \n; the first step of every output channel. */
export function removeInvisible(text: string): string {
	if (!CANDIDATE.test(text)) return text;
	return text
		.replace(LONE_SURROGATE, '\uFFFD')
		.replace(STRAY_JOINER, '')
		.replace(TAGS, '$1')
		.replace(HIDDEN, '')
		.replace(LINE_BREAK, '\n');
}
