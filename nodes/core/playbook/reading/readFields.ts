import { FieldError } from '../../errors/FieldError';

/** Small typed readers for JSON fields; each error names the full field path. */

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function requireRecord(value: unknown, field: string): Record<string, unknown> {
	if (!isRecord(value)) throw new FieldError(field, `expected an object, got ${kindOf(value)}`);
	return value;
}

export function requireString(value: unknown, field: string): string {
	if (typeof value !== 'string' || value.trim() === '') {
		throw new FieldError(field, `expected a non-empty string, got ${kindOf(value)}`);
	}
	return value;
}

export function optionalString(value: unknown, field: string): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value !== 'string')
		throw new FieldError(field, `expected a string, got ${kindOf(value)}`);
	return value;
}

// One address, nothing a mail header could read as a second one (no spaces, line breaks, commas or brackets).
const EMAIL_ADDRESS = /^[^\s\p{C}@<>,;:"'()[\]\\]+@[^\s\p{C}@<>,;:"'()[\]\\]+$/u;

export function isEmailAddress(text: string): boolean {
	return text.length <= 254 && EMAIL_ADDRESS.test(text);
}

/** An e-mail address for a To header; a line break in it could add headers of its own. */
export function optionalEmailAddress(value: unknown, field: string): string | undefined {
	const text = optionalString(value, field)?.trim();
	if (!text) return undefined;
	if (!isEmailAddress(text))
		throw new FieldError(field, `expected one e-mail address, got ${kindOf(text)}`);
	return text;
}

export function optionalNumber(value: unknown, field: string): number | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		throw new FieldError(field, `expected a finite number, got ${kindOf(value)}`);
	}
	return value;
}

export function stringList(value: unknown, field: string): string[] {
	if (value === undefined || value === null) return [];
	if (!Array.isArray(value))
		throw new FieldError(field, `expected a list of strings, got ${kindOf(value)}`);
	return value.map((entry, i) => requireString(entry, `${field}[${i}]`));
}

function kindOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string')
		return value === '' ? 'an empty string' : `"${value.slice(0, 40)}"`;
	return typeof value;
}
