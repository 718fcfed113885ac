import type { DetectorSettings } from './DetectorSettings';
import type { BrandState } from './DetectorState';
import { expectedInBucket, type ChannelCounts } from './expectedInBucket';

/** Mentions counted and expected, per channel [all, negative], over the kept buckets `first`…`last`. */
export interface RangeCounts {
	observed: ChannelCounts;
	expected: ChannelCounts;
}

export function countsInRange(
	brand: BrandState,
	first: number,
	last: number,
	settings: DetectorSettings,
): RangeCounts {
	const observed: ChannelCounts = [0, 0];
	const expected: ChannelCounts = [0, 0];
	for (const bucket of brand.buckets) {
		if (bucket.i < first || bucket.i > last) continue;
		observed[0] += bucket.total;
		observed[1] += bucket.negative;
	}
	for (let index = first; index <= last; index++) {
		const [all, negative] = expectedInBucket(brand, index, settings);
		expected[0] += all;
		expected[1] += negative;
	}
	return { observed, expected };
}
