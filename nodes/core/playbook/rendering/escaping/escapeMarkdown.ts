import { isWebLink } from './isWebLink';
import { neutraliseMentions } from './neutraliseMentions';
import { removeInvisible } from './removeInvisible';
import { escapedLengths, truncate, TRUNCATED, truncateEscaped } from './truncate';

/** Jira's description field holds 32,767 characters; GitHub's issue body more, so this is the cap for both. */
export const MARKDOWN_LIMIT = 32_767;

// Characters that start inline markup or raw HTML anywhere in a CommonMark line.
const INLINE = /[\\`*_{}[\]()<>#|~!&]/g;
// Markers that only matter at the start of a line (after indentation within that line): list items,
// setext underlines, ordered lists. `>` and `#` are already escaped as inline characters.
const LINE_START_MARKER = /^([ \t]*)([-+=])/gm;
const LINE_START_NUMBER = /^([ \t]*\d+)([.)])/gm;
const ESCAPED_LENGTH = escapedLengths(
	Object.fromEntries([...'\\`*_{}[]()<>#|~!&'].map((ch) => [ch, `\\${ch}`])),
);

/**
 * The one way untrusted text enters Markdown (ticket descriptions, the Assess brief): cut to what a
 * description holds, invisible characters removed, mentions (@user, @org/team) neutralised, markup
 * characters backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
	const fitting = truncateEscaped(text, MARKDOWN_LIMIT, ESCAPED_LENGTH);
	const escaped = neutraliseMentions(removeInvisible(fitting.text))
		.replace(INLINE, '\\$&')
		.replace(LINE_START_MARKER, '$1\\$2')
		.replace(LINE_START_NUMBER, '$1\\$2');
	return fitting.cut ? `${escaped}${TRUNCATED}` : escaped;
}

/** A post's URL as our own `[label](url)` link when it is a web link, otherwise as escaped text that links nowhere. */
export function markdownLink(url: string, label: string): string {
	return isWebLink(url)
		? `[${escapeMarkdown(label)}](${markdownLinkDestination(url)})`
		: escapeMarkdown(url);
}

/**
 * A URL as a Markdown link destination. Parentheses, backslashes, angle brackets, spaces and anything
 * outside printable ASCII are percent-encoded: a post URL like `https://a.example/x)[Bank](https://evil.example`
 * would otherwise close our link and open a second one whose label the poster chose.
 */
function markdownLinkDestination(url: string): string {
	// encodeURIComponent leaves parentheses as they are, so ASCII is encoded by hand.
	return removeInvisible(url).replace(/[()\\<>]|[^\x21-\x7E]/gu, (ch) =>
		ch.length === 1 && ch.charCodeAt(0) < 0x80
			? `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
			: encodeURIComponent(ch),
	);
}

/** Built Markdown cut to `max` characters, never after a lone escaping backslash or inside one of our links. */
export function capMarkdown(markdown: string, max = MARKDOWN_LIMIT): string {
	return truncate(markdown, max, (text, end) => {
		if (isEscaped(text, end)) end--;
		let open = text.lastIndexOf('[', end - 1);
		while (open > 0 && isEscaped(text, open)) open = text.lastIndexOf('[', open - 1);
		if (open >= 0 && !isEscaped(text, open)) {
			const close = text.indexOf(')', open);
			if (close < 0 || close >= end) end = open;
		}
		return end;
	});
}

/** Whether the character at `index` follows an odd run of backslashes (so it is escaped). */
function isEscaped(text: string, index: number): boolean {
	let backslashes = 0;
	while (index - backslashes > 0 && text[index - backslashes - 1] === '\\') backslashes++;
	return backslashes % 2 === 1;
}
