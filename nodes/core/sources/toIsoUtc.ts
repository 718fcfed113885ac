import { DateTime } from 'luxon';

/** ISO 8601 UTC from the date formats the sources use, or undefined when it is not a date. */
export function isoFromIso(value: unknown): string | undefined {
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	return valid(DateTime.fromISO(value.trim(), { setZone: true }));
}

export function isoFromUnixSeconds(value: unknown): string | undefined {
	const seconds = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return undefined;
	return valid(DateTime.fromSeconds(seconds, { zone: 'utc' }));
}

/** RSS `pubDate` (RFC 822/2822), with ISO as a fallback because real feeds mix them. */
export function isoFromFeedDate(value: unknown): string | undefined {
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const text = value.trim();
	return (
		valid(DateTime.fromRFC2822(text, { setZone: true })) ??
		valid(DateTime.fromHTTP(text, { setZone: true })) ??
		isoFromIso(text) ??
		valid(DateTime.fromRFC2822(text.replace(/\s+(UT|UTC)$/i, ' GMT'), { setZone: true }))
	);
}

function valid(date: DateTime): string | undefined {
	return date.isValid
		? (date.toUTC().toISO({ suppressMilliseconds: false }) ?? undefined)
		: undefined;
}
