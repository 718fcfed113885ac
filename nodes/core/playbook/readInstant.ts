import { DateTime } from 'luxon';
import { PlaybookInputError } from './PlaybookInputError';

/** An instant given as an ISO 8601 string or a Date, in UTC; anything else is an error naming the field. */
export function readInstant(value: unknown, field: string): DateTime {
	let parsed: DateTime | undefined;
	if (value instanceof Date) parsed = DateTime.fromJSDate(value, { zone: 'utc' });
	else if (typeof value === 'string') parsed = DateTime.fromISO(value, { zone: 'utc', setZone: false }).toUTC();
	if (!parsed || !parsed.isValid) {
		throw new PlaybookInputError(field, `expected an ISO 8601 date-time, got ${describe(value)}`);
	}
	return parsed;
}

/** The one ISO form every output uses: UTC, second precision unless the input had milliseconds. */
export function isoUtc(instant: DateTime): string {
	return instant.toUTC().toISO({ suppressMilliseconds: true }) ?? '';
}

function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
	return typeof value;
}
