import { countSurprise } from './countSurprise';
import type { DetectorSettings } from './DetectorSettings';
import type { BrandState } from './DetectorState';
import { bucketStartMs, expectedInBucket } from './hourlyBaseline';

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
	ratio: number;
}

/**
 * Counts each burst window that ends at the poll (the finished buckets up to `lastComplete`, plus
 * the running bucket, whose expectation is pro-rated by how much of it has elapsed) against the
 * baseline, for all mentions and for negative ones.
 */
export function testBurstWindows(
	brand: BrandState,
	lastComplete: number,
	runningFraction: number,
	settings: DetectorSettings,
): WindowTest[] {
	const byIndex = new Map(brand.buckets.map((bucket) => [bucket.i, bucket]));
	const tests: WindowTest[] = [];
	for (const minutes of settings.burstWindowsMinutes) {
		const length = minutes / settings.bucketMinutes;
		const first = lastComplete - length + 1;
		let total = 0;
		let negative = 0;
		let expectedTotal = 0;
		let expectedNegative = 0;
		for (let index = first; index <= lastComplete + 1; index++) {
			const weight = index <= lastComplete ? 1 : runningFraction;
			if (weight === 0) continue;
			const bucket = byIndex.get(index);
			total += bucket?.total ?? 0;
			negative += bucket?.negative ?? 0;
			const expected = expectedInBucket(brand, index, settings);
			expectedTotal += expected[0] * weight;
			expectedNegative += expected[1] * weight;
		}
		const startMs = bucketStartMs(first, settings);
		for (const [channel, count, expected] of [
			['all', total, expectedTotal],
			['negative', negative, expectedNegative],
		] as const) {
			tests.push({
				channel,
				minutes,
				startMs,
				count,
				expected,
				total,
				expectedTotal,
				negative,
				surprise: countSurprise(count, expected, settings.dispersion),
				ratio: expected > 0 ? count / expected : 0,
			});
		}
	}
	return tests;
}

/** The most surprising test that clears `surprise`, the minimum count and the minimum ratio, if any. */
export function strongestBurst(tests: WindowTest[], surprise: number, settings: DetectorSettings): WindowTest | undefined {
	let best: WindowTest | undefined;
	for (const test of tests) {
		if (test.surprise < surprise || test.count < settings.minCount || test.ratio < settings.minRatio) continue;
		if (!best || test.surprise > best.surprise) best = test;
	}
	return best;
}
