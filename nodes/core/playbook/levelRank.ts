import type { RiskLevel } from '../scoring/CrisisScore';

export const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high', 'critical'];

/** Higher is more urgent; lets steps compare levels without string tables everywhere. */
export function levelRank(level: RiskLevel): number {
	return RISK_LEVELS.indexOf(level);
}

export function isRiskLevel(value: unknown): value is RiskLevel {
	return typeof value === 'string' && (RISK_LEVELS as readonly string[]).includes(value);
}
