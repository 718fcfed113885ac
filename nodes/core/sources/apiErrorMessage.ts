import { htmlToText } from './htmlToText';
import { redactSecrets } from './redactSecrets';

const MAX_LENGTH = 300;

/**
 * The human part of an API error body, whatever its shape: X (`detail`, `title`, `errors[].message`),
 * Reddit and Bluesky (`message`, `error`), Mastodon (`error`, `error_description`), Google (`error.message`).
 */
export function apiErrorMessage(body: unknown): string | undefined {
	const text = findMessage(body);
	if (text === undefined) return undefined;
	// Google puts links in its messages; Mastodon escapes entities.
	const clean = redactSecrets(htmlToText(text).replace(/\s+/g, ' ').trim());
	if (clean === '') return undefined;
	return clean.length > MAX_LENGTH ? `${clean.slice(0, MAX_LENGTH)}…` : clean;
}

function findMessage(body: unknown): string | undefined {
	if (typeof body === 'string') return looksLikeHtml(body) ? undefined : body;
	if (typeof body !== 'object' || body === null) return undefined;
	const record = body as Record<string, unknown>;
	if (typeof record.error === 'object' && record.error !== null) return findMessage(record.error);
	for (const key of ['detail', 'message', 'error_description', 'error', 'title', 'reason']) {
		const value = record[key];
		if (typeof value === 'string' && value.trim() !== '') return value;
	}
	if (Array.isArray(record.errors) && record.errors.length > 0) return findMessage(record.errors[0]);
	return undefined;
}

function looksLikeHtml(text: string): boolean {
	return /^\s*</.test(text);
}
