import type { DetectorSettings } from './DetectorSettings';
import { SLOTS_PER_DAY, type BrandState } from './DetectorState';

/** A slot's multiplier never drops below this when dividing by it, so one late-night post cannot blow the level up. */
const MIN_SHAPE = 0.05;
const MS_PER_MINUTE = 60_000;

export type ChannelCounts = [total: number, negative: number];

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

/**
 * The rhythm at a bucket's midpoint, interpolated between the centres of the neighbouring hour slots:
 * within the morning rise, 08:50 expects more than 08:00.
 */
function shapeAt(brand: BrandState, index: number, settings: DetectorSettings): number {
	const minuteOfDay = ((((index + 0.5) * settings.bucketMinutes) % 1440) + 1440) % 1440;
	const position = minuteOfDay / 60 - 0.5;
	const lower = Math.floor(position);
	const fraction = position - lower;
	const from = brand.shape[(lower + SLOTS_PER_DAY) % SLOTS_PER_DAY];
	const to = brand.shape[(lower + 1) % SLOTS_PER_DAY];
	return from + (to - from) * fraction;
}

function floorPerBucket(settings: DetectorSettings): number {
	return (settings.noiseFloorPerHour * settings.bucketMinutes) / 60;
}

/** Mentions (all, negative) the baseline expects in one bucket, never below the noise floor. */
export function expectedInBucket(brand: BrandState, index: number, settings: DetectorSettings): ChannelCounts {
	const shape = Math.max(shapeAt(brand, index, settings), 0);
	const floor = floorPerBucket(settings);
	return [Math.max(brand.level[0] * shape, floor), Math.max(brand.level[1] * shape, floor)];
}

export function standardDeviation(mean: number, settings: DetectorSettings): number {
	return Math.sqrt(mean + settings.dispersion * mean * mean);
}

function levelAlpha(settings: DetectorSettings): number {
	return 1 - 2 ** (-settings.bucketMinutes / (60 * settings.levelHalfLifeHours));
}

function shapeAlpha(settings: DetectorSettings): number {
	const visitsPerDay = 60 / settings.bucketMinutes;
	return 1 - 2 ** (-1 / (settings.shapeHalfLifeDays * visitsPerDay));
}

const LEARNING_CAP = 1_000_000;

/**
 * Folds one finished bucket into the brand's baseline: the level (an EWMA of the deseasonalised
 * volume, a running mean while young) and the hour-of-day multiplier of the bucket's slot. Once
 * warmed up, a bucket is capped at expected + clipSd deviations first, so that an incident
 * teaches the baseline very little.
 */
export function learnBucket(
	brand: BrandState,
	index: number,
	counts: ChannelCounts,
	warmedUp: boolean,
	settings: DetectorSettings,
): void {
	const shape = Math.max(shapeAt(brand, index, settings), MIN_SHAPE);
	const expected = expectedInBucket(brand, index, settings);
	const alpha = Math.max(levelAlpha(settings), 1 / (brand.learned + 1));
	const clipped = counts.map((count, channel) =>
		warmedUp ? Math.min(count, expected[channel] + settings.clipSd * standardDeviation(expected[channel], settings)) : count,
	);
	for (const channel of [0, 1]) brand.level[channel] += alpha * (clipped[channel] / shape - brand.level[channel]);
	brand.learned = Math.min(brand.learned + 1, LEARNING_CAP);

	if (brand.level[0] <= 0) return;
	const slot = slotOf(index, settings);
	brand.visits[slot] = Math.min(brand.visits[slot] + 1, LEARNING_CAP);
	const slotAlpha = Math.max(shapeAlpha(settings), 1 / brand.visits[slot]);
	brand.shape[slot] += slotAlpha * (clipped[0] / brand.level[0] - brand.shape[slot]);
	// Keep the multipliers' mean at 1 so that the level alone carries the volume.
	const mean = brand.shape.reduce((sum, value) => sum + value, 0) / SLOTS_PER_DAY;
	if (mean <= 0) return;
	for (let s = 0; s < SLOTS_PER_DAY; s++) brand.shape[s] /= mean;
	brand.level[0] *= mean;
	brand.level[1] *= mean;
}

/** A new brand's rhythm: the average of brands that have learned at least two days, else flat. */
export function initialShape(brands: BrandState[], settings: DetectorSettings): { shape: number[]; borrowed: boolean } {
	const twoDays = (2 * 1440) / settings.bucketMinutes;
	const learned = brands.filter((brand) => brand.learned >= twoDays);
	if (learned.length === 0) return { shape: new Array<number>(SLOTS_PER_DAY).fill(1), borrowed: false };
	const shape = new Array<number>(SLOTS_PER_DAY).fill(0);
	for (const brand of learned) for (let s = 0; s < SLOTS_PER_DAY; s++) shape[s] += brand.shape[s] / learned.length;
	return { shape, borrowed: true };
}

/** The level the brand has actually run at over its retained buckets; used when a long rise becomes the new normal. */
export function recentLevel(brand: BrandState, fromIndex: number, toIndex: number, settings: DetectorSettings): ChannelCounts {
	const sums: ChannelCounts = [0, 0];
	let shapeSum = 0;
	for (let index = fromIndex; index <= toIndex; index++) shapeSum += Math.max(shapeAt(brand, index, settings), MIN_SHAPE);
	for (const bucket of brand.buckets) {
		if (bucket.i < fromIndex || bucket.i > toIndex) continue;
		sums[0] += bucket.total;
		sums[1] += bucket.negative;
	}
	return shapeSum > 0 ? [sums[0] / shapeSum, sums[1] / shapeSum] : [brand.level[0], brand.level[1]];
}
