import type { RiskLevel } from '../../scoring/CrisisScore';
import type { RoutingRule } from './RoutingRule';

/** What routing looks at; a missing attribute fails any condition on it. */
export interface RoutingFacts {
	categories: string[];
	level: RiskLevel;
	language?: string;
	source?: string;
}

export function matchRule(rule: RoutingRule, facts: RoutingFacts): boolean {
	const lower = (values: string[]) => values.map((v) => v.toLowerCase());
	if (rule.levels.length > 0 && !rule.levels.includes(facts.level)) return false;
	if (
		rule.categories.length > 0 &&
		!lower(facts.categories).some((c) => lower(rule.categories).includes(c))
	)
		return false;
	if (
		rule.languages.length > 0 &&
		(!facts.language || !lower(rule.languages).includes(facts.language.toLowerCase()))
	)
		return false;
	if (
		rule.sources.length > 0 &&
		(!facts.source || !lower(rule.sources).includes(facts.source.toLowerCase()))
	)
		return false;
	return true;
}
