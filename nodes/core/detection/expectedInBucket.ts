import { weekdayOf } from './bucketTime';
import type { DetectorSettings } from './DetectorSettings';
import { SLOTS_PER_DAY, type BrandState } from './DetectorState';

/** A slot's multiplier never drops below this when dividing by it, so one late-night post cannot blow the level up. */
export const MIN_SHAPE = 0.05;

export type ChannelCounts = [total: number, negative: number];

/**
 * The rhythm at a bucket's midpoint, interpolated between the centres of the neighbouring hour slots
 * (within the morning rise, 08:50 expects more than 08:00), times the day of the week.
 */
export function shapeAt(brand: BrandState, index: number, settings: DetectorSettings): number {
	const minuteOfDay = ((((index + 0.5) * settings.bucketMinutes) % 1440) + 1440) % 1440;
	const position = minuteOfDay / 60 - 0.5;
	const lower = Math.floor(position);
	const fraction = position - lower;
	const from = brand.shape[(lower + SLOTS_PER_DAY) % SLOTS_PER_DAY];
	const to = brand.shape[(lower + 1) % SLOTS_PER_DAY];
	return (from + (to - from) * fraction) * brand.week[weekdayOf(index, settings)];
}

function floorPerBucket(settings: DetectorSettings): number {
	return (settings.noiseFloorPerHour * settings.bucketMinutes) / 60;
}

/** Mentions (all, negative) the baseline expects in one bucket, never below the noise floor. */
export function expectedInBucket(
	brand: BrandState,
	index: number,
	settings: DetectorSettings,
): ChannelCounts {
	const shape = Math.max(shapeAt(brand, index, settings), 0);
	const floor = floorPerBucket(settings);
	return [Math.max(brand.level[0] * shape, floor), Math.max(brand.level[1] * shape, floor)];
}
