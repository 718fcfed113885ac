import { DateTime } from 'luxon';

/** The form every source adapter writes (UTC with an explicit offset): the engine's own parser reads it exactly. */
const PLAIN_UTC_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch; luxon reads every other ISO 8601 form (week dates, no offset = UTC, …). */
function parseIsoMillis(value: string): number | undefined {
	if (PLAIN_UTC_ISO.test(value)) {
		const millis = Date.parse(value);
		if (Number.isFinite(millis)) return millis;
	}
	const parsed = DateTime.fromISO(value, { zone: 'utc' });
	return parsed.isValid ? parsed.toMillis() : undefined;
}

/** Hours since `createdAt`; undefined when the date is missing or invalid. A future date (clock skew) counts as now. */
export function ageInHours(createdAt: unknown, now: Date): number | undefined {
	if (typeof createdAt !== 'string' || createdAt === '') return undefined;
	const nowMillis = now.getTime();
	const createdMillis = parseIsoMillis(createdAt);
	if (createdMillis === undefined || !Number.isFinite(nowMillis)) return undefined;
	return Math.max(0, (nowMillis - createdMillis) / 3_600_000);
}

const HALF_LIFE_HOURS = 24;

/** 1 for a fresh post, halving every day: yesterday's complaint is less urgent than this hour's. */
export function recencyWeight(hours: number): number {
	return 0.5 ** (hours / HALF_LIFE_HOURS);
}
