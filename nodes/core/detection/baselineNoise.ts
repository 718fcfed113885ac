import type { DetectorSettings } from './DetectorSettings';
import type { BrandState, BucketCounts, NoiseEstimate } from './DetectorState';
import { expectedInBucket, type ChannelCounts } from './expectedInBucket';
import { halfLifeAlpha } from './halfLifeAlpha';

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

function noiseAlpha(settings: DetectorSettings): number {
	return halfLifeAlpha((60 * settings.noiseHalfLifeHours) / settings.bucketMinutes);
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
export function learnWindowNoise(
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
