import type { RiskLevel } from './CrisisScore';

/** The risk levels from least to most urgent: the one ranking every step, the detector and the routing share. */
export const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high', 'critical'];

/** Higher is more urgent, so levels compare as numbers. */
export function riskLevelRank(level: RiskLevel): number {
	return RISK_LEVELS.indexOf(level);
}

export function isRiskLevel(value: unknown): value is RiskLevel {
	return typeof value === 'string' && (RISK_LEVELS as readonly string[]).includes(value);
}
