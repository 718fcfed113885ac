import type { DetectorSettings } from './DetectorSettings';
import { DAYS_PER_WEEK } from './DetectorState';

const MS_PER_MINUTE = 60_000;

function bucketMs(settings: DetectorSettings): number {
	return settings.bucketMinutes * MS_PER_MINUTE;
}

export function bucketIndexOf(epochMs: number, settings: DetectorSettings): number {
	return Math.floor(epochMs / bucketMs(settings));
}

export function bucketStartMs(index: number, settings: DetectorSettings): number {
	return index * bucketMs(settings);
}

/** Hour-of-day slot (UTC) of a bucket. */
export function slotOf(index: number, settings: DetectorSettings): number {
	const minuteOfDay = (((index * settings.bucketMinutes) % 1440) + 1440) % 1440;
	return Math.floor(minuteOfDay / 60);
}

/** Day of the week (UTC, 0 = Sunday) of a bucket; 1970-01-01 was a Thursday. */
export function weekdayOf(index: number, settings: DetectorSettings): number {
	const day = Math.floor((index * settings.bucketMinutes) / 1440);
	return (((day + 4) % DAYS_PER_WEEK) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
}
