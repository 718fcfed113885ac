import { DateTime } from 'luxon';
import { FieldError } from '../../errors/FieldError';

// The form every output uses (isoUtc); luxon's general ISO parser costs several times more than the rest
// of reading an item, so this form is read by Date.parse and checked by writing it back.
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/** An instant given as an ISO 8601 string or a Date, in UTC; anything else is an error naming the field. */
export function readInstant(value: unknown, field: string): DateTime {
	let parsed: DateTime | undefined;
	if (value instanceof Date) parsed = DateTime.fromJSDate(value, { zone: 'utc' });
	else if (typeof value === 'string')
		parsed =
			readCanonical(value) ?? DateTime.fromISO(value, { zone: 'utc', setZone: false }).toUTC();
	if (!parsed || !parsed.isValid) {
		throw new FieldError(field, `expected an ISO 8601 date-time, got ${describe(value)}`);
	}
	return parsed;
}

function readCanonical(text: string): DateTime | undefined {
	if (!CANONICAL.test(text)) return undefined;
	const ms = Date.parse(text);
	// Date.parse rolls 2025-02-30 over into March; writing it back tells.
	if (
		Number.isNaN(ms) ||
		new Date(ms).toISOString() !== (text.length === 20 ? `${text.slice(0, 19)}.000Z` : text)
	)
		return undefined;
	return DateTime.fromMillis(ms, { zone: 'utc' });
}

/** The one ISO form every output uses: UTC, second precision unless the input had milliseconds. */
export function isoUtc(instant: DateTime): string {
	const date = new Date(instant.toMillis());
	const year = date.getUTCFullYear();
	if (!instant.isValid || year < 0 || year > 9999)
		return instant.toUTC().toISO({ suppressMilliseconds: true }) ?? '';
	const iso = date.toISOString();
	return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}

function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
	return typeof value;
}
