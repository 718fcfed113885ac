import type { DetectorSettings } from './DetectorSettings';
import {
	DAYS_PER_WEEK,
	SLOTS_PER_DAY,
	type BrandState,
	type BucketCounts,
	type NoiseEstimate,
} from './DetectorState';

/** A slot's multiplier never drops below this when dividing by it, so one late-night post cannot blow the level up. */
const MIN_SHAPE = 0.05;
/** A weekday is never taken for less than a fifth, or more than five times, of an average day. */
const MIN_WEEKDAY = 0.2;
const MAX_WEEKDAY = 5;

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}
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

/** Day of the week (UTC, 0 = Sunday) of a bucket; 1970-01-01 was a Thursday. */
export function weekdayOf(index: number, settings: DetectorSettings): number {
	const day = Math.floor((index * settings.bucketMinutes) / 1440);
	return (((day + 4) % DAYS_PER_WEEK) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
}

/**
 * The rhythm at a bucket's midpoint, interpolated between the centres of the neighbouring hour slots
 * (within the morning rise, 08:50 expects more than 08:00), times the day of the week.
 */
function shapeAt(brand: BrandState, index: number, settings: DetectorSettings): number {
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

/**
 * The brand's over-dispersion on a channel at a scale (0: one bucket; k: the k-th burst window): what
 * it has shown, never below the configured least.
 */
export function dispersionOf(
	brand: BrandState,
	channel: 0 | 1,
	settings: DetectorSettings,
	scale = 0,
): number {
	const noise = brand.noise[channel][scale];
	const learned = noise.meanSquare > 0 ? noise.excessVariance / noise.meanSquare : 0;
	return Math.min(Math.max(settings.dispersion, learned), 10);
}

export function standardDeviation(mean: number, dispersion: number): number {
	return Math.sqrt(mean + dispersion * mean * mean);
}

function halfLifeAlpha(steps: number): number {
	return 1 - 2 ** (-1 / steps);
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

function noiseAlpha(settings: DetectorSettings): number {
	return halfLifeAlpha((60 * settings.noiseHalfLifeHours) / settings.bucketMinutes);
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

/** Deviations count at most this many standard deviations: a crisis teaches the noise little. */
const NOISE_CLIP_SD = 3.5;

function learnNoise(
	noise: NoiseEstimate,
	count: number,
	expected: number,
	dispersion: number,
	alpha: number,
): void {
	const limit = NOISE_CLIP_SD * standardDeviation(expected, dispersion);
	const deviation = Math.min(Math.max(count - expected, -limit), limit);
	noise.excessVariance += alpha * (deviation * deviation - expected - noise.excessVariance);
	noise.meanSquare += alpha * (expected * expected - noise.meanSquare);
}

/** Window lengths, in buckets, of each noise scale: one bucket, then each burst window. */
function scaleLengths(settings: DetectorSettings): number[] {
	return [1, ...settings.burstWindowsMinutes.map((minutes) => minutes / settings.bucketMinutes)];
}

/** A brand's kept buckets by index, for the look-ups of one poll. */
export type BucketIndex = ReadonlyMap<number, BucketCounts>;

/**
 * Learns the over-dispersion of the windows that end at this bucket, at every scale, from the counts
 * kept and the baseline as it stands (before this bucket is folded in). One pass back over the longest
 * window: each shorter one is a prefix of it.
 */
function learnWindowNoise(
	brand: BrandState,
	index: number,
	counts: ChannelCounts,
	byIndex: BucketIndex,
	settings: DetectorSettings,
): void {
	const lengths = scaleLengths(settings);
	const longest = Math.max(...lengths);
	// Sums over the last 1, 2, … `longest` buckets, ending at `index`.
	const observedSums: ChannelCounts[] = [];
	const expectedSums: ChannelCounts[] = [];
	const observed: ChannelCounts = [0, 0];
	const expected: ChannelCounts = [0, 0];
	for (let back = 0; back < longest; back++) {
		const k = index - back;
		const bucket = back === 0 ? undefined : byIndex.get(k);
		const counted = back === 0 ? counts : [bucket?.total ?? 0, bucket?.negative ?? 0];
		const baseline = expectedInBucket(brand, k, settings);
		for (const channel of [0, 1]) {
			observed[channel] += counted[channel];
			expected[channel] += baseline[channel];
		}
		observedSums.push([observed[0], observed[1]]);
		expectedSums.push([expected[0], expected[1]]);
	}
	const alpha = noiseAlpha(settings);
	lengths.forEach((length, scale) => {
		for (const channel of [0, 1] as const) {
			const dispersion = dispersionOf(brand, channel, settings, scale);
			learnNoise(
				brand.noise[channel][scale],
				observedSums[length - 1][channel],
				expectedSums[length - 1][channel],
				dispersion,
				alpha,
			);
		}
	});
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
