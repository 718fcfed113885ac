import { capHtml, escapeHtml } from './escapeHtml';
import { escapePlainText, escapeTitle } from './escapePlainText';
import type { EmailPayload } from './Payloads';

/** Gmail clips a message over 102 KB; each body stays under that. */
export const EMAIL_BODY_LIMIT = 100_000;
/** One line, short enough to read in an inbox list (RFC 5322 allows 998 per line). */
export const EMAIL_SUBJECT_LIMIT = 200;

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
		html: capHtml(lines.map((line) => `<p>${escapeHtml(line)}</p>`).join(''), EMAIL_BODY_LIMIT),
	};
}
