import { DateTime } from 'luxon';

/** Digits of `value` at `from`…`from + length - 1` as a number, -1 when one is not a digit. */
function digitsAt(value: string, from: number, length: number): number {
	let number = 0;
	for (let index = from; index < from + length; index++) {
		const digit = value.charCodeAt(index) - 48;
		if (digit < 0 || digit > 9) return -1;
		number = number * 10 + digit;
	}
	return number;
}

/**
 * The form every source adapter writes, read without a regular expression or a parser: YYYY-MM-DDTHH:MM:SS,
 * optional .sss, then Z or ±HH:MM. Undefined for anything else (luxon reads the rest); fields out of range
 * are left to luxon too, which refuses them.
 */
function parsePlainUtcIso(value: string): number | undefined {
	if (
		value.length < 20 ||
		value.charCodeAt(4) !== 45 ||
		value.charCodeAt(7) !== 45 ||
		value.charCodeAt(10) !== 84
	)
		return undefined;
	if (value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return undefined;
	const year = digitsAt(value, 0, 4);
	const month = digitsAt(value, 5, 2);
	const day = digitsAt(value, 8, 2);
	const hour = digitsAt(value, 11, 2);
	const minute = digitsAt(value, 14, 2);
	const second = digitsAt(value, 17, 2);
	// Date.UTC reads years 0–99 as 1900–1999: such years go to luxon.
	if (
		year < 100 ||
		month < 1 ||
		month > 12 ||
		day < 1 ||
		day > 31 ||
		hour < 0 ||
		hour > 23 ||
		minute < 0 ||
		minute > 59 ||
		second < 0 ||
		second > 59
	) {
		return undefined;
	}
	let at = 19;
	let millis = 0;
	if (value.charCodeAt(at) === 46) {
		let digits = 0;
		for (at++; at < value.length && digits < 3; at++, digits++) {
			const digit = value.charCodeAt(at) - 48;
			if (digit < 0 || digit > 9) break;
			millis = millis * 10 + digit;
		}
		if (digits === 0) return undefined;
		millis *= 10 ** (3 - digits);
	}
	let offsetMinutes = 0;
	if (value.charCodeAt(at) === 90 && at + 1 === value.length) {
		offsetMinutes = 0;
	} else {
		const sign = value.charCodeAt(at);
		if ((sign !== 43 && sign !== 45) || at + 6 !== value.length || value.charCodeAt(at + 3) !== 58)
			return undefined;
		const offsetHours = digitsAt(value, at + 1, 2);
		const offsetRest = digitsAt(value, at + 4, 2);
		if (offsetHours < 0 || offsetHours > 23 || offsetRest < 0 || offsetRest > 59) return undefined;
		offsetMinutes = (sign === 43 ? 1 : -1) * (offsetHours * 60 + offsetRest);
	}
	const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
	// 31 February and the like: the calendar rolled over, so the date does not exist.
	if (new Date(utc).getUTCDate() !== day) return undefined;
	return utc - offsetMinutes * 60_000;
}

/** Milliseconds since the epoch; luxon reads every other ISO 8601 form (week dates, no offset = UTC, …). */
function parseIsoMillis(value: string): number | undefined {
	const plain = parsePlainUtcIso(value);
	if (plain !== undefined) return plain;
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
