import {
	learnWindowNoise,
	dispersionOf,
	standardDeviation,
	type BucketIndex,
} from './baselineNoise';
import { slotOf, weekdayOf } from './bucketTime';
import type { DetectorSettings } from './DetectorSettings';
import { DAYS_PER_WEEK, SLOTS_PER_DAY, type BrandState } from './DetectorState';
import { expectedInBucket, MIN_SHAPE, shapeAt, type ChannelCounts } from './expectedInBucket';
import { halfLifeAlpha } from './halfLifeAlpha';

/** A weekday is never taken for less than a fifth, or more than five times, of an average day. */
const MIN_WEEKDAY = 0.2;
const MAX_WEEKDAY = 5;

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

function levelAlpha(settings: DetectorSettings): number {
	return halfLifeAlpha((60 * settings.levelHalfLifeHours) / settings.bucketMinutes);
}

function shapeAlpha(settings: DetectorSettings): number {
	return halfLifeAlpha((settings.shapeHalfLifeDays * 60) / settings.bucketMinutes);
}

function weekAlpha(settings: DetectorSettings): number {
	return halfLifeAlpha((settings.weekHalfLifeWeeks * 1440) / settings.bucketMinutes);
}

const LEARNING_CAP = 1_000_000;

/** Keeps multipliers at mean 1 so that the level alone carries the volume. */
function normalise(multipliers: number[], brand: BrandState): void {
	const mean = multipliers.reduce((sum, value) => sum + value, 0) / multipliers.length;
	if (!(mean > 0)) return;
	for (let slot = 0; slot < multipliers.length; slot++) multipliers[slot] /= mean;
	brand.level[0] *= mean;
	brand.level[1] *= mean;
}

/**
 * Folds one finished bucket into the brand's baseline: the level (an EWMA of the deseasonalised
 * volume, a running mean while young), the multiplier of the bucket's hour and of its weekday, and
 * the over-dispersion. Once warmed up, a bucket is capped at expected + clipSd deviations first, so
 * that an incident teaches the baseline very little.
 */
export function learnBucket(
	brand: BrandState,
	index: number,
	counts: ChannelCounts,
	warmedUp: boolean,
	byIndex: BucketIndex,
	settings: DetectorSettings,
): void {
	const shape = Math.max(shapeAt(brand, index, settings), MIN_SHAPE);
	const expected = expectedInBucket(brand, index, settings);
	const clipped = counts.map((count, channel) => {
		if (!warmedUp) return count;
		const deviation = standardDeviation(
			expected[channel],
			dispersionOf(brand, channel as 0 | 1, settings),
		);
		return Math.min(count, expected[channel] + settings.clipSd * deviation);
	}) as ChannelCounts;
	// Over-dispersion is measured against a baseline that has had a day to form.
	if (brand.learned >= 1440 / settings.bucketMinutes)
		learnWindowNoise(brand, index, counts, byIndex, settings);
	const alpha = Math.max(levelAlpha(settings), 1 / (brand.learned + 1));
	for (const channel of [0, 1])
		brand.level[channel] += alpha * (clipped[channel] / shape - brand.level[channel]);
	brand.learned = Math.min(brand.learned + 1, LEARNING_CAP);

	if (brand.level[0] <= 0) return;
	const slot = slotOf(index, settings);
	const weekday = weekdayOf(index, settings);
	const hourShape = brand.shape[slot];
	brand.visits[slot] = Math.min(brand.visits[slot] + 1, LEARNING_CAP);
	const slotAlpha = Math.max(shapeAlpha(settings), 1 / brand.visits[slot]);
	brand.shape[slot] +=
		slotAlpha *
		(clipped[0] / (brand.level[0] * Math.max(brand.week[weekday], MIN_WEEKDAY)) -
			brand.shape[slot]);
	normalise(brand.shape, brand);
	// A weekday learns only once the hours have had a day: before that, the day's level is the hour's.
	if (brand.learned < 1440 / settings.bucketMinutes) return;
	brand.weekVisits[weekday] = Math.min(brand.weekVisits[weekday] + 1, LEARNING_CAP);
	// The flat prior counts as one day, so the first day of a weekday moves it only halfway.
	const dayAlpha = Math.max(
		weekAlpha(settings),
		1 / (brand.weekVisits[weekday] + 1440 / settings.bucketMinutes),
	);
	const observed = clipped[0] / (brand.level[0] * Math.max(hourShape, MIN_SHAPE));
	brand.week[weekday] = clamp(
		brand.week[weekday] + dayAlpha * (observed - brand.week[weekday]),
		MIN_WEEKDAY,
		MAX_WEEKDAY,
	);
	normalise(brand.week, brand);
}

/** A new brand's rhythm: the average of brands that have learned at least two days, else flat. */
export function initialShape(
	brands: BrandState[],
	settings: DetectorSettings,
): { shape: number[]; week: number[]; borrowed: boolean } {
	const twoDays = (2 * 1440) / settings.bucketMinutes;
	const learned = brands.filter((brand) => brand.learned >= twoDays);
	if (learned.length === 0) {
		return {
			shape: new Array<number>(SLOTS_PER_DAY).fill(1),
			week: new Array<number>(DAYS_PER_WEEK).fill(1),
			borrowed: false,
		};
	}
	const shape = new Array<number>(SLOTS_PER_DAY).fill(0);
	const week = new Array<number>(DAYS_PER_WEEK).fill(0);
	for (const brand of learned) {
		for (let s = 0; s < SLOTS_PER_DAY; s++) shape[s] += brand.shape[s] / learned.length;
		for (let d = 0; d < DAYS_PER_WEEK; d++) week[d] += brand.week[d] / learned.length;
	}
	return { shape, week, borrowed: true };
}

/** The level the brand has actually run at over its retained buckets; used when a long rise becomes the new normal. */
export function recentLevel(
	brand: BrandState,
	fromIndex: number,
	toIndex: number,
	settings: DetectorSettings,
): ChannelCounts {
	const sums: ChannelCounts = [0, 0];
	let shapeSum = 0;
	for (let index = fromIndex; index <= toIndex; index++)
		shapeSum += Math.max(shapeAt(brand, index, settings), MIN_SHAPE);
	for (const bucket of brand.buckets) {
		if (bucket.i < fromIndex || bucket.i > toIndex) continue;
		sums[0] += bucket.total;
		sums[1] += bucket.negative;
	}
	return shapeSum > 0 ? [sums[0] / shapeSum, sums[1] / shapeSum] : [brand.level[0], brand.level[1]];
}
