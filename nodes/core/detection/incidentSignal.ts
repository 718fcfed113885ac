import type { WindowTest } from './burstTest';
import { countSurprise } from './countSurprise';
import type { DetectorSettings } from './DetectorSettings';
import type { BrandState, OpenIncident } from './DetectorState';
import { dispersionOf } from './baselineNoise';
import { bucketIndexOf, bucketStartMs } from './bucketTime';
import { countsInRange } from './rangeCounts';
import { isSlowBurnAlarm, slowBurnSurprise } from './slowBurn';

/** What made the brand look abnormal at this poll, with the figures an alert reports. */
export interface Signal {
	kind: 'burst' | 'slow burn' | 'episode';
	channel: 'all' | 'negative';
	startMs: number;
	count: number;
	expected: number;
	total: number;
	expectedTotal: number;
	negative: number;
	ratio: number;
	surprise: number;
	minutes?: number;
}

/** Over-dispersion of the longest burst window: what a run of hours is measured against. */
function longScaleDispersion(
	brand: BrandState,
	channel: 0 | 1,
	settings: DetectorSettings,
): number {
	return dispersionOf(brand, channel, settings, settings.burstWindowsMinutes.length);
}

export function fromBurst(test: WindowTest): Signal {
	return { kind: 'burst', ...test };
}

/** Counts since the start of a slow-burn run, from the buckets still kept. */
function fromSlowBurn(
	brand: BrandState,
	channel: 'all' | 'negative',
	lastComplete: number,
	settings: DetectorSettings,
): Signal {
	const channelIndex = channel === 'all' ? 0 : 1;
	const track = brand.slowBurn[channelIndex];
	const first = Math.max(track.start, lastComplete - settings.maxBuckets + 1);
	const { observed, expected } = countsInRange(brand, first, lastComplete, settings);
	return {
		kind: 'slow burn',
		channel,
		startMs: bucketStartMs(track.start, settings),
		count: track.count,
		expected: track.expected,
		total: observed[0],
		expectedTotal: expected[0],
		negative: observed[1],
		ratio: track.expected > 0 ? track.count / track.expected : 0,
		surprise: slowBurnSurprise(track, longScaleDispersion(brand, channelIndex, settings)),
	};
}

/** The whole episode so far (as far back as buckets are kept), on one channel: what escalation measures. */
export function episodeSignal(
	brand: BrandState,
	incident: OpenIncident,
	channel: 'all' | 'negative',
	lastComplete: number,
	settings: DetectorSettings,
): Signal {
	const channelIndex = channel === 'all' ? 0 : 1;
	const first = Math.max(
		bucketIndexOf(incident.since, settings),
		lastComplete - settings.maxBuckets + 1,
	);
	const range = countsInRange(brand, first, lastComplete, settings);
	const count = range.observed[channelIndex];
	const expected = range.expected[channelIndex];
	return {
		kind: 'episode',
		channel,
		startMs: bucketStartMs(first, settings),
		count,
		expected,
		total: range.observed[0],
		expectedTotal: range.expected[0],
		negative: range.observed[1],
		ratio: expected > 0 ? count / expected : 0,
		surprise: countSurprise(count, expected, longScaleDispersion(brand, channelIndex, settings)),
	};
}

export function slowBurnSignal(
	brand: BrandState,
	lastComplete: number,
	settings: DetectorSettings,
): Signal | undefined {
	const [all, negative] = brand.slowBurn;
	const alarms = (
		[
			['all', all, 0],
			['negative', negative, 1],
		] as const
	).filter(
		([, track, channel]) =>
			isSlowBurnAlarm(
				track,
				lastComplete,
				longScaleDispersion(brand, channel, settings),
				settings,
			) && isBurning(brand, channel, lastComplete, settings),
	);
	if (alarms.length === 0) return undefined;
	const [channel] = alarms.reduce((best, candidate) =>
		candidate[1].value > best[1].value ? candidate : best,
	);
	return fromSlowBurn(brand, channel, lastComplete, settings);
}

/** The channel's last hour is above expected: a run that stopped growing is no longer burning. */
export function isBurning(
	brand: BrandState,
	channel: 0 | 1,
	lastComplete: number,
	settings: DetectorSettings,
): boolean {
	const { observed, expected } = countsInRange(
		brand,
		lastComplete - Math.ceil(60 / settings.bucketMinutes) + 1,
		lastComplete,
		settings,
	);
	return observed[channel] > expected[channel];
}
