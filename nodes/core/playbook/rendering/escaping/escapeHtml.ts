import { removeInvisible } from './removeInvisible';
import { escapedLengths, truncate, TRUNCATED, truncateEscaped } from './truncate';

/**
 * An e-mail body holds this much: Gmail clips a whole message (text and HTML parts together) over 102 KB,
 * so each of the two parts stays at half of that.
 */
export const HTML_LIMIT = 50_000;
const ESCAPED_LENGTH = escapedLengths({
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
});

/**
 * The one way untrusted text enters HTML (element content or quoted attribute values): cut to what a
 * body holds once escaped, invisible characters removed, markup escaped.
 */
export function escapeHtml(text: string): string {
	const fitting = truncateEscaped(text, HTML_LIMIT, ESCAPED_LENGTH);
	const escaped = removeInvisible(fitting.text)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
	return fitting.cut ? `${escaped}${TRUNCATED}` : escaped;
}

/**
 * Built HTML (paragraphs of escaped text) cut to `max` characters, never inside an entity or a tag; a
 * paragraph left open by the cut is closed after the marker.
 */
export function capHtml(html: string, max: number): string {
	const close = '</p>';
	const cut = truncate(html, max - close.length, (text, end) => {
		const entity = text.lastIndexOf('&', end - 1);
		if (entity >= 0 && text.indexOf(';', entity) >= end) end = entity;
		const tag = text.lastIndexOf('<', end - 1);
		return tag >= 0 && text.lastIndexOf('>', end - 1) < tag ? tag : end;
	});
	if (cut === html) return html;
	return cut.lastIndexOf('<p>') > cut.lastIndexOf(close) ? `${cut}${close}` : cut;
}
