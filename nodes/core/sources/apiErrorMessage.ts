import { htmlToText } from './htmlToText';
import { redactSecrets } from './redactSecrets';
import type { SecretValues } from './SecretValues';

const MAX_LENGTH = 300;
/** Real APIs nest their message two or three levels down; a body nested deeper is not read. */
const MAX_DEPTH = 8;
/** Enough raw text for MAX_LENGTH characters of message once markup is removed. */
const MAX_SCANNED = 8_192;

/**
 * The human part of an API error body, whatever its shape: X (`detail`, `title`, `errors[].message`),
 * Reddit and Bluesky (`message`, `error`), Mastodon (`error`, `error_description`), Google (`error.message`).
 * The body comes from a server that may be hostile: the walk is bounded in depth and length.
 */
export function apiErrorMessage(body: unknown, secrets?: SecretValues): string | undefined {
	const text = findMessage(body);
	if (text === undefined) return undefined;
	// Known secrets go before anything is cut, so no prefix of one can survive the cut.
	const scanned = (secrets ? secrets.redact(text) : text).slice(0, MAX_SCANNED);
	// Google puts links in its messages; Mastodon escapes entities (a secret may be spelled with them).
	const clean = redactSecrets(htmlToText(scanned).replace(/\s+/g, ' ').trim(), secrets);
	if (clean === '') return undefined;
	return clean.length > MAX_LENGTH ? `${clean.slice(0, MAX_LENGTH)}…` : clean;
}

function findMessage(body: unknown): string | undefined {
	let current = body;
	for (let depth = 0; depth <= MAX_DEPTH; depth++) {
		if (typeof current === 'string') return looksLikeHtml(current) ? undefined : current;
		if (typeof current !== 'object' || current === null) return undefined;
		const record = current as Record<string, unknown>;
		if (typeof record.error === 'object' && record.error !== null) {
			current = record.error;
			continue;
		}
		const message = ['detail', 'message', 'error_description', 'error', 'title', 'reason']
			.map((key) => record[key])
			.find((value): value is string => typeof value === 'string' && value.trim() !== '');
		if (message !== undefined) return message;
		if (!Array.isArray(record.errors) || record.errors.length === 0) return undefined;
		current = record.errors[0];
	}
	return undefined;
}

function looksLikeHtml(text: string): boolean {
	return text.trimStart().startsWith('<');
}
