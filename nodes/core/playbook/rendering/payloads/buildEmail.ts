import { capHtml, escapeHtml, HTML_LIMIT } from '../escaping/escapeHtml';
import { escapePlainText, escapeTitle } from '../escaping/escapePlainText';
import type { EmailPayload } from './Payloads';
import { truncate } from '../escaping/truncate';

/** Text and HTML bodies alike: together they stay under what Gmail shows before clipping a message (102 KB). */
const EMAIL_BODY_LIMIT = HTML_LIMIT;
/** One line, short enough to read in an inbox list (RFC 5322 allows 998 per line). */
const EMAIL_SUBJECT_LIMIT = 200;

/**
 * An e-mail from plain-text lines that may hold untrusted text: the subject one line, the text body
 * plain, the HTML body one escaped paragraph per line; every field capped with a visible marker.
 * `to` must already be a validated address.
 */
export function buildEmail(to: string, subject: string, lines: string[]): EmailPayload {
	return {
		to,
		subject: escapeTitle(subject, EMAIL_SUBJECT_LIMIT),
		text: escapePlainText(lines.join('\n'), EMAIL_BODY_LIMIT),
		html: capHtml(htmlParagraphs(lines), EMAIL_BODY_LIMIT),
	};
}

/** One escaped paragraph per line, escaping no more of the lines than the body can hold. */
function htmlParagraphs(lines: string[]): string {
	let html = '';
	for (const line of lines) {
		if (html.length > EMAIL_BODY_LIMIT) break;
		html += `<p>${escapeHtml(truncate(line, EMAIL_BODY_LIMIT - html.length + 1))}</p>`;
	}
	return html;
}
