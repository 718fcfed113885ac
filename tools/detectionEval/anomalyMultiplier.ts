import type { AnomalySpec } from './seriesSpecs';

/** Multiplier of an anomaly at `minutes` after its start (1 when it adds nothing). */
export function anomalyMultiplier(spec: AnomalySpec, minutes: number): number {
	if (minutes < 0) return 1;
	const decay = (after: number) =>
		1 + (spec.peak - 1) * 0.5 ** (after / 60 / (spec.decayHours ?? 1));
	switch (spec.kind) {
		case 'spike': {
			const onset = Math.min(1, minutes / 10);
			if (minutes < spec.minutes) return 1 + (spec.peak - 1) * onset;
			return decay(minutes - spec.minutes);
		}
		case 'ramp':
			if (minutes < spec.minutes) return 1 + ((spec.peak - 1) * minutes) / spec.minutes;
			if (minutes < spec.minutes + 120) return spec.peak;
			return decay(minutes - spec.minutes - 120);
		case 'shift':
			return spec.peak;
		default:
			return 1;
	}
}
