/** Typed reads from untrusted JSON: an API item is `unknown` until each field is checked. */
export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as JsonObject)
		: undefined;
}

export function asArray(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return undefined;
}

export function asNonEmptyString(value: unknown): string | undefined {
	const text = asString(value);
	return text !== undefined && text.trim() !== '' ? text : undefined;
}

/**
 * No real audience or engagement count comes near this; capping here keeps a broken API's 1e308 from
 * turning into Infinity when adapters add two counts (shares = reposts + quotes), and sums stay exact.
 */
const MAX_COUNT = 1e15;

/** A count: finite and not negative, else 0 (an engagement count never becomes NaN). */
export function asCount(value: unknown): number {
	return asOptionalCount(value) ?? 0;
}

export function asOptionalCount(value: unknown): number | undefined {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) return undefined;
	// -0 passes the test above; a count must read back from JSON unchanged, so it becomes 0.
	return number === 0 ? 0 : Math.min(Math.floor(number), MAX_COUNT);
}

/** Nested read: path(obj, 'a', 'b') is obj.a.b when every step is an object. */
export function path(value: unknown, ...keys: string[]): unknown {
	let current: unknown = value;
	for (const key of keys) {
		const object = asObject(current);
		if (!object) return undefined;
		current = object[key];
	}
	return current;
}
