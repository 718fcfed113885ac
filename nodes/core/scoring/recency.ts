import { DateTime } from 'luxon';

/** Hours since `createdAt`; undefined when the date is missing or invalid. A future date (clock skew) counts as now. */
export function ageInHours(createdAt: unknown, now: Date): number | undefined {
	if (typeof createdAt !== 'string' || createdAt === '') return undefined;
	const created = DateTime.fromISO(createdAt, { zone: 'utc' });
	const nowMillis = now.getTime();
	if (!created.isValid || !Number.isFinite(nowMillis)) return undefined;
	return Math.max(0, (nowMillis - created.toMillis()) / 3_600_000);
}

const HALF_LIFE_HOURS = 24;

/** 1 for a fresh post, halving every day: yesterday's complaint is less urgent than this hour's. */
export function recencyWeight(hours: number): number {
	return 0.5 ** (hours / HALF_LIFE_HOURS);
}
