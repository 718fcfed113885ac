import { FieldError } from '../errors/FieldError';
import type { MentionQuery } from './MentionQuery';
import { bareHandle } from './textMatching';

export const MAX_LIMIT = 1000;

/** Checks what every source relies on; a bad value names its field instead of failing later. */
export function validateQuery(query: MentionQuery): void {
	if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > MAX_LIMIT) {
		throw new FieldError(
			'limit',
			`must be a whole number from 1 to ${MAX_LIMIT}, got ${String(query.limit)}`,
		);
	}
	if (
		query.since !== undefined &&
		!(query.since instanceof Date && Number.isFinite(query.since.getTime()))
	) {
		throw new FieldError('since', 'is not a valid date');
	}
	if (
		query.language !== undefined &&
		query.language !== '' &&
		!/^[a-z]{2,3}([-_][A-Za-z0-9]+)?$/i.test(query.language)
	) {
		throw new FieldError('language', `"${query.language}" is not a language code such as en or tr`);
	}
	for (const field of ['keywords', 'handles', 'excludeWords', 'brandHandles'] as const) {
		if (!Array.isArray(query[field]) || query[field].some((value) => typeof value !== 'string')) {
			throw new FieldError(field, 'must be a list of words');
		}
	}
}

/** Keywords and handles as search terms, trimmed and without duplicates; handles keep their @. */
export function searchTerms(query: MentionQuery): string[] {
	const terms = [
		...query.keywords.map((keyword) => keyword.trim()),
		...query.handles.map((handle) => (bareHandle(handle) === '' ? '' : `@${bareHandle(handle)}`)),
	];
	return [...new Set(terms.filter((term) => term !== ''))];
}

/** Sources that search need at least one keyword or handle. */
export function requireSearchTerms(query: MentionQuery, sourceDisplayName: string): string[] {
	const terms = searchTerms(query);
	if (terms.length === 0) {
		throw new FieldError(
			'keywords',
			`${sourceDisplayName} needs at least one keyword or handle to search for`,
		);
	}
	return terms;
}
