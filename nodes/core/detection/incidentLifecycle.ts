import { outgrowsAfterShock } from './afterShock';
import { strongestBurst, type WindowTest } from './burstTest';
import type { DetectorSettings } from './DetectorSettings';
import type { BrandState } from './DetectorState';
import type { IncidentEvent } from './IncidentEvent';
import { isSlowBurnHolding, isVolumeHolding } from './incidentHold';
import { escalationOf } from './incidentLevel';
import { figuresOf, lastHour, mergeSamples, open, resolve, toEvent } from './incidentRecord';
import { episodeSignal, fromBurst, slowBurnSignal } from './incidentSignal';
import { recentLevel } from './hourlyBaseline';
import { describe, round } from './signalReasons';

const MS_PER_MINUTE = 60_000;

/**
 * Opens, escalates and resolves the brand's incident from this poll's tests. An incident opens once
 * (never during the cooldown after one resolved, and within the after-shock only when larger), is
 * announced again only when its magnitude reaches a higher level, stays open while the volume is
 * merely elevated (hysteresis), and resolves after a quiet spell. A rise that lasts `adaptAfterHours`
 * is the new normal: the baseline adopts it.
 */
export function updateIncident(
	brand: BrandState,
	tests: WindowTest[],
	lastComplete: number,
	nowMs: number,
	settings: DetectorSettings,
): IncidentEvent[] {
	const burst = strongestBurst(tests, settings.openSurprise, settings, true);
	const trigger = burst ? fromBurst(burst) : slowBurnSignal(brand, lastComplete, settings);
	const incident = brand.incident;
	if (!incident) {
		const opens = trigger && nowMs >= brand.quietUntil && outgrowsAfterShock(brand, trigger, nowMs);
		return opens ? [open(brand, trigger, nowMs, settings)] : [];
	}

	const held = strongestBurst(tests, settings.holdSurprise, settings, false);
	const hold = trigger ?? (held ? fromBurst(held) : undefined);
	if (
		hold ||
		isSlowBurnHolding(brand, lastComplete, settings) ||
		isVolumeHolding(brand, lastComplete, settings)
	) {
		incident.lastActive = nowMs;
		mergeSamples(incident, brand, incident.since, settings);
		if (hold) {
			incident.peakRatio = Math.max(incident.peakRatio, hold.ratio);
			incident.peakExcess = Math.max(incident.peakExcess, hold.count - hold.expected);
		}
		const activeMinutes = (nowMs - incident.openedAt) / MS_PER_MINUTE;
		if (activeMinutes >= settings.adaptAfterHours * 60) {
			// The rise has lasted too long to be an incident: it is the brand's new level.
			brand.level = recentLevel(
				brand,
				lastComplete - settings.maxBuckets + 1,
				lastComplete,
				settings,
			);
			const why = `volume stayed high for ${settings.adaptAfterHours} h: the baseline now expects this level`;
			return [
				resolve(
					brand,
					incident,
					nowMs,
					settings,
					lastHour(brand, tests, lastComplete, settings),
					why,
					true,
				),
			];
		}
		const candidates = [
			...(trigger ? [trigger] : []),
			episodeSignal(brand, incident, 'all', lastComplete, settings),
			episodeSignal(brand, incident, 'negative', lastComplete, settings),
		];
		const escalation = escalationOf(candidates, incident.level, settings);
		if (!escalation) return [];
		incident.level = escalation.level;
		return [
			toEvent(
				brand,
				incident,
				'escalated',
				nowMs,
				figuresOf(escalation.signal),
				describe(escalation.signal),
			),
		];
	}
	if (nowMs - incident.lastActive < settings.resolveAfterMinutes * MS_PER_MINUTE) return [];
	const figures = lastHour(brand, tests, lastComplete, settings);
	const why = `back to normal for ${settings.resolveAfterMinutes} min: ${figures.volume} mentions in the last hour, ${round(figures.baseline)} expected`;
	return [resolve(brand, incident, nowMs, settings, figures, why)];
}
