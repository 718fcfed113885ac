import { riskLevelRank } from '../scoring/riskLevelRank';
import type { DetectorSettings } from './DetectorSettings';
import type { IncidentLevel } from './IncidentEvent';
import type { Signal } from './incidentSignal';

/**
 * Severity is magnitude only: mentions above expected, their multiple of it, and how unlikely they
 * are for this brand. Lasting long does not make an episode worse; growing does.
 */
export function levelOf(signal: Signal | undefined, settings: DetectorSettings): IncidentLevel {
	if (!signal) return 'medium';
	const excess = signal.count - signal.expected;
	const reaches = (minExcess: number, minRatio: number, minSurprise: number) =>
		excess >= minExcess && signal.ratio >= minRatio && signal.surprise >= minSurprise;
	if (reaches(settings.criticalExcess, settings.criticalRatio, settings.criticalSurprise))
		return 'critical';
	if (reaches(settings.highExcess, settings.highRatio, settings.highSurprise)) return 'high';
	return 'medium';
}

/**
 * The escalation an open incident announces: the first candidate reaching the highest level above its
 * current one, or none when no candidate is above it.
 */
export function escalationOf(
	candidates: Signal[],
	current: IncidentLevel,
	settings: DetectorSettings,
): { level: IncidentLevel; signal: Signal } | undefined {
	let strongest: Signal | undefined;
	let level = current;
	for (const candidate of candidates) {
		const candidateLevel = levelOf(candidate, settings);
		if (riskLevelRank(candidateLevel) > riskLevelRank(level)) {
			level = candidateLevel;
			strongest = candidate;
		}
	}
	return strongest ? { level, signal: strongest } : undefined;
}
