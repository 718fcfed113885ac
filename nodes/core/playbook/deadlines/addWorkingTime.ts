import { DateTime } from 'luxon';
import { FieldError } from '../../errors/FieldError';
import type { DeadlinePolicy } from './DeadlinePolicy';
import type { WorkDuration } from './WorkDuration';

// A calendar with business days but all of them holidays would loop forever; ten years is plenty.
const MAX_DAYS_SEARCHED = 3660;

/**
 * The moment `duration` of working time after `start`. Around the clock, minutes are real elapsed minutes
 * and business days are calendar days (same local time, so a DST change does not shift it). In business
 * hours, the clock only runs inside the opening hours of business days that are not holidays, and opening
 * times are set in local time each day, so DST changes never move them.
 */
export function addWorkingTime(
	start: DateTime,
	duration: WorkDuration,
	policy: DeadlinePolicy,
	roundTheClock: boolean,
): DateTime {
	if (roundTheClock && duration.unit === 'minutes')
		return DateTime.fromMillis(start.toMillis() + duration.amount * 60_000, { zone: 'utc' });
	const local = start.setZone(policy.timeZone);
	if (roundTheClock) return local.plus({ days: duration.amount });
	const { startMinute, endMinute } = policy.businessHours;
	const minutes =
		duration.unit === 'minutes' ? duration.amount : duration.amount * (endMinute - startMinute);
	return addBusinessMinutes(local, minutes, policy);
}

function addBusinessMinutes(start: DateTime, minutes: number, policy: DeadlinePolicy): DateTime {
	const holidays = new Set(policy.holidays);
	let cursor = start;
	let remainingMs = minutes * 60_000;
	for (let day = 0; day < MAX_DAYS_SEARCHED; day++) {
		const next = cursor.plus({ days: 1 }).startOf('day');
		if (
			!policy.businessHours.days.includes(cursor.weekday) ||
			holidays.has(cursor.toISODate() ?? '')
		) {
			cursor = next;
			continue;
		}
		const open = atMinuteOfDay(cursor, policy.businessHours.startMinute);
		const close = atMinuteOfDay(cursor, policy.businessHours.endMinute);
		if (cursor < open) cursor = open;
		if (cursor >= close) {
			cursor = next;
			continue;
		}
		const availableMs = close.toMillis() - cursor.toMillis();
		if (remainingMs <= availableMs) return cursor.plus({ milliseconds: remainingMs });
		remainingMs -= availableMs;
		cursor = next;
	}
	throw new FieldError(
		'holidays',
		`no business hours found within ${MAX_DAYS_SEARCHED} days; check businessHours.days and holidays`,
	);
}

function atMinuteOfDay(day: DateTime, minuteOfDay: number): DateTime {
	if (minuteOfDay >= 24 * 60) return day.plus({ days: 1 }).startOf('day');
	return day.set({
		hour: Math.floor(minuteOfDay / 60),
		minute: minuteOfDay % 60,
		second: 0,
		millisecond: 0,
	});
}
