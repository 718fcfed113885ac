import { isMaterial } from './burstTest';
import { countSurprise } from './countSurprise';
import type { DetectorSettings } from './DetectorSettings';
import type { SlowBurnTrack } from './DetectorState';

export function emptyTrack(): SlowBurnTrack {
	return { value: 0, start: 0, count: 0, expected: 0 };
}

/**
 * One step of a one-sided Poisson CUSUM tuned to a rise of `cusumRatio` × the baseline: the
 * log-likelihood ratio of the bucket's count, shrunk by the brand's over-dispersion so that the
 * normal jitter of busy hours does not accumulate. Capped at twice the threshold so that it can fall
 * back soon after a long incident ends.
 */
export function stepSlowBurn(
	track: SlowBurnTrack,
	index: number,
	count: number,
	expected: number,
	dispersion: number,
	settings: DetectorSettings,
): void {
	const ratio = settings.cusumRatio;
	const increment =
		(count * Math.log(ratio) - expected * (ratio - 1)) / (1 + dispersion * expected);
	const value = Math.min(Math.max(0, track.value + increment), 2 * settings.cusumThreshold);
	if (value === 0) {
		Object.assign(track, emptyTrack());
		return;
	}
	if (track.value === 0) Object.assign(track, { start: index, count: 0, expected: 0 });
	track.value = value;
	track.count += count;
	track.expected += expected;
}

/** How unlikely the run's whole count is under the baseline, taken as one lump with the brand's over-dispersion. */
function lumpSurprise(track: SlowBurnTrack, dispersion: number): number {
	return countSurprise(Math.round(track.count), track.expected, dispersion);
}

/**
 * The run's evidence in -log10 units: its accumulated log-likelihood ratio (bucket by bucket, which
 * is what a persistent rise earns) or its lump surprise, whichever is stronger.
 */
export function slowBurnSurprise(track: SlowBurnTrack, dispersion: number): number {
	return Math.max(track.value / Math.LN10, lumpSurprise(track, dispersion));
}

/** A slow burn builds over at least an hour: a short lump is the burst test's business. */
const MIN_RUN_MINUTES = 60;

/** The run is an alarm: past the threshold, long enough, material, and not a lump ordinary for this brand. */
export function isSlowBurnAlarm(
	track: SlowBurnTrack,
	lastComplete: number,
	dispersion: number,
	settings: DetectorSettings,
): boolean {
	return (
		track.value >= settings.cusumThreshold &&
		(lastComplete - track.start + 1) * settings.bucketMinutes >= MIN_RUN_MINUTES &&
		isMaterial(track.count, track.expected, settings) &&
		lumpSurprise(track, dispersion) >= settings.holdSurprise
	);
}
