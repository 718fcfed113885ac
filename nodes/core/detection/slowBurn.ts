import type { DetectorSettings } from './DetectorSettings';
import type { SlowBurnTrack } from './DetectorState';

export function emptyTrack(): SlowBurnTrack {
	return { value: 0, start: 0, count: 0, expected: 0 };
}

/**
 * One step of a one-sided Poisson CUSUM tuned to a rise of `cusumRatio` × the baseline: the
 * log-likelihood ratio of the bucket's count, shrunk by the over-dispersion so that the normal
 * jitter of busy hours does not accumulate. Capped at twice the threshold so that it can fall back
 * soon after a long incident ends.
 */
export function stepSlowBurn(track: SlowBurnTrack, index: number, count: number, expected: number, settings: DetectorSettings): void {
	const ratio = settings.cusumRatio;
	const increment = (count * Math.log(ratio) - expected * (ratio - 1)) / (1 + settings.dispersion * expected);
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

/** The run is an alarm: past the threshold and with enough excess mentions to matter. */
export function isSlowBurnAlarm(track: SlowBurnTrack, settings: DetectorSettings): boolean {
	return track.value >= settings.cusumThreshold && track.count - track.expected >= settings.minCount;
}
