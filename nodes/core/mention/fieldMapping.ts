import { FieldError } from '../errors/FieldError';
import type { ScoringInput } from '../scoring/createScorer';

/** Which item fields hold what, so items from any source (not only ours) can be scored. Dotted paths. */
export interface FieldMapping {
	text: string;
	createdAt: string;
	followers: string;
	verified: string;
	tagged: string;
	likes: string;
	replies: string;
	shares: string;
	language: string;
	rating: string;
}

export const DEFAULT_FIELD_MAPPING: FieldMapping = {
	text: 'text',
	createdAt: 'createdAt',
	followers: 'author.followers',
	verified: 'author.verified',
	tagged: 'tagged',
	likes: 'engagement.likes',
	replies: 'engagement.replies',
	shares: 'engagement.shares',
	language: 'language',
	rating: 'rating',
};

export function readPath(value: unknown, path: string): unknown {
	let current = value;
	for (const key of path.split('.')) {
		// Own fields only: a path of "constructor" or "__proto__" reads nothing, not the prototype.
		if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key))
			return undefined;
		current = (current as Record<string, unknown>)[key];
	}
	return current;
}

function optionalNumber(json: unknown, path: string): number | undefined {
	const value = readPath(json, path);
	if (value === undefined || value === null || value === '') return undefined;
	const number = typeof value === 'string' ? Number(value) : value;
	return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

function optionalBoolean(json: unknown, path: string): boolean | undefined {
	const value = readPath(json, path);
	return typeof value === 'boolean' ? value : undefined;
}

function languageOf(json: unknown, path: string): ScoringInput['language'] {
	const value = readPath(json, path);
	if (typeof value !== 'string') return undefined;
	const code = value.toLowerCase().slice(0, 2);
	return code === 'en' || code === 'tr' ? code : undefined;
}

/** Reads an item's scoring input; only the text is required, other odd values are ignored. */
export function toScoringInput(
	json: unknown,
	mapping: FieldMapping = DEFAULT_FIELD_MAPPING,
): ScoringInput {
	const text = readPath(json, mapping.text);
	if (text === undefined || text === null) {
		throw new FieldError(
			mapping.text,
			`The field "${mapping.text}" is missing: it should hold the mention text`,
		);
	}
	if (typeof text !== 'string') {
		throw new FieldError(
			mapping.text,
			`The field "${mapping.text}" must be a string, got ${Array.isArray(text) ? 'array' : typeof text}`,
		);
	}
	const createdAt = readPath(json, mapping.createdAt);
	return {
		text,
		createdAt: typeof createdAt === 'string' ? createdAt : undefined,
		followers: optionalNumber(json, mapping.followers),
		verified: optionalBoolean(json, mapping.verified),
		tagged: optionalBoolean(json, mapping.tagged),
		engagement: {
			likes: optionalNumber(json, mapping.likes),
			replies: optionalNumber(json, mapping.replies),
			shares: optionalNumber(json, mapping.shares),
		},
		language: languageOf(json, mapping.language),
		rating: optionalNumber(json, mapping.rating),
	};
}
