import type { DetectorSettings } from './DetectorSettings';
import type { BrandState, OpenIncident } from './DetectorState';
import type { Signal } from './incidentSignal';

const MS_PER_MINUTE = 60_000;

/**
 * What a resolved incident leaves behind. Only an alert leaves an after-shock to ignore: a watch (medium)
 * never paged anyone, and a level adopted as the new normal (`adopted`) is what the baseline now expects,
 * not an episode.
 */
export function leaveAfterShock(
	brand: BrandState,
	incident: OpenIncident,
	nowMs: number,
	settings: DetectorSettings,
	adopted: boolean,
): void {
	if (adopted) delete brand.afterShock;
	else if (incident.level !== 'medium') {
		brand.afterShock = {
			until: nowMs + settings.afterShockHours * 60 * MS_PER_MINUTE,
			peakExcess: incident.peakExcess,
			peakRatio: incident.peakRatio,
		};
	}
}

/** A new episode right after one ended must outgrow it: the after-shock of a crisis is not a new one. */
export function outgrowsAfterShock(brand: BrandState, trigger: Signal, nowMs: number): boolean {
	const shock = brand.afterShock;
	if (!shock || nowMs >= shock.until) return true;
	// Larger in either sense: more mentions above expected, or a higher multiple of it (a daytime crisis after a night burst).
	return trigger.count - trigger.expected > shock.peakExcess || trigger.ratio > shock.peakRatio;
}
