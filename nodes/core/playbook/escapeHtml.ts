import { removeInvisible } from './removeInvisible';
import { truncate } from './truncate';

const HTML_ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

/** The one way untrusted text enters HTML (element content or quoted attribute values): invisible characters removed, markup escaped. */
export function escapeHtml(text: string): string {
	return removeInvisible(text).replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]);
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
