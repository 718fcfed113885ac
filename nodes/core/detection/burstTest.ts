import { countSurprise } from './countSurprise';
import type { DetectorSettings } from './DetectorSettings';
import type { BrandState } from './DetectorState';
import { dispersionOf } from './baselineNoise';
import { bucketStartMs } from './bucketTime';
import { expectedInBucket } from './expectedInBucket';

export type Channel = 'all' | 'negative';

/** One window × channel of the burst test, with the figures an alert reports. */
export interface WindowTest {
	channel: Channel;
	minutes: number;
	/** Epoch milliseconds where the window starts. */
	startMs: number;
	/** Mentions of the tested channel in the window, and what the rhythm expected. */
	count: number;
	expected: number;
	/** All mentions and negative ones in the window, whatever the channel. */
	total: number;
	expectedTotal: number;
	negative: number;
	surprise: number;
	/** Surprise of the window with its busiest bucket brought back to expected: high only when the rise is not one bucket's. */
	spreadSurprise: number;
	ratio: number;
}

/**
 * Counts each burst window that ends at the poll (the finished buckets up to `lastComplete`, plus
 * the running bucket, whose expectation is pro-rated by how much of it has elapsed) against the
 * baseline, for all mentions and for negative ones, with the brand's own over-dispersion.
 */
export function testBurstWindows(
	brand: BrandState,
	lastComplete: number,
	runningFraction: number,
	settings: DetectorSettings,
): WindowTest[] {
	const byIndex = new Map(brand.buckets.map((bucket) => [bucket.i, bucket]));
	const tests: WindowTest[] = [];
	settings.burstWindowsMinutes.forEach((minutes, window) => {
		const dispersions = [
			dispersionOf(brand, 0, settings, window + 1),
			dispersionOf(brand, 1, settings, window + 1),
		];
		const length = minutes / settings.bucketMinutes;
		const first = lastComplete - length + 1;
		const counts = [0, 0];
		const expectations = [0, 0];
		const biggestExcess = [0, 0];
		for (let index = first; index <= lastComplete + 1; index++) {
			const weight = index <= lastComplete ? 1 : runningFraction;
			if (weight === 0) continue;
			const bucket = byIndex.get(index);
			const expected = expectedInBucket(brand, index, settings);
			const observed = [bucket?.total ?? 0, bucket?.negative ?? 0];
			for (const channel of [0, 1]) {
				counts[channel] += observed[channel];
				expectations[channel] += expected[channel] * weight;
				biggestExcess[channel] = Math.max(
					biggestExcess[channel],
					observed[channel] - expected[channel] * weight,
				);
			}
		}
		const startMs = bucketStartMs(first, settings);
		(['all', 'negative'] as const).forEach((channel, c) => {
			const count = counts[c];
			const expected = expectations[c];
			tests.push({
				channel,
				minutes,
				startMs,
				count,
				expected,
				total: counts[0],
				expectedTotal: expectations[0],
				negative: counts[1],
				surprise: countSurprise(count, expected, dispersions[c]),
				spreadSurprise: countSurprise(
					Math.round(count - biggestExcess[c]),
					expected,
					dispersions[c],
				),
				ratio: expected > 0 ? count / expected : 0,
			});
		});
	});
	return tests;
}

/** The test is big enough to matter: enough mentions, far enough above expected in number and multiple. */
export function isMaterial(count: number, expected: number, settings: DetectorSettings): boolean {
	return (
		count >= settings.minCount &&
		count - expected >= settings.minExcess &&
		count >= settings.minRatio * expected
	);
}

/**
 * The most surprising test that clears `surprise`, is material, and (when `spread`) still clears
 * holdSurprise without its busiest bucket or reaches criticalSurprise, if any.
 */
export function strongestBurst(
	tests: WindowTest[],
	surprise: number,
	settings: DetectorSettings,
	spread: boolean,
): WindowTest | undefined {
	let best: WindowTest | undefined;
	for (const test of tests) {
		if (test.surprise < surprise || !isMaterial(test.count, test.expected, settings)) continue;
		// One bucket alone opens only when it is overwhelming (40 complaints in ten quiet minutes), not merely busy.
		if (
			spread &&
			test.spreadSurprise < settings.holdSurprise &&
			test.surprise < settings.criticalSurprise
		)
			continue;
		if (!best || test.surprise > best.surprise) best = test;
	}
	return best;
}
