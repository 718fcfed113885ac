import type { RiskLevel } from '../../scoring/CrisisScore';
import type { Authority } from '../case/CaseRecord';
import { readLevels } from '../deadlines/DeadlinePolicy';
import { FieldError } from '../../errors/FieldError';
import { isRecord, optionalString, requireString } from '../reading/readFields';

/** A list field as the user may type it in n8n: a list, or comma/newline-separated text. */
export type ListInput = string[] | string;

export interface RouteInput {
	team: string;
	/** A person id; empty means "whoever is on call for the team". */
	owner?: string;
	escalationChain?: ListInput;
	authority?: Authority;
}

export interface RoutingRuleInput extends RouteInput {
	name?: string;
	/** Conditions; an empty one matches anything, a rule matches when all of its non-empty conditions do. */
	categories?: ListInput;
	levels?: RiskLevel[] | string;
	languages?: ListInput;
	sources?: ListInput;
}

export interface RoutingRule {
	name: string;
	categories: string[];
	levels: RiskLevel[];
	languages: string[];
	sources: string[];
	team: string;
	owner?: string;
	escalationChain: string[];
	authority?: Authority;
}

export function readRoutingRule(input: unknown, field: string, fallbackName: string): RoutingRule {
	if (!isRecord(input)) throw new FieldError(field, 'expected a routing rule object');
	const levels =
		input.levels === undefined || input.levels === ''
			? []
			: readLevels(input.levels as RiskLevel[] | string, `${field}.levels`);
	return {
		name: optionalString(input.name, `${field}.name`) ?? fallbackName,
		categories: readList(input.categories, `${field}.categories`),
		levels,
		languages: readList(input.languages, `${field}.languages`),
		sources: readList(input.sources, `${field}.sources`),
		...readRoute(input, field),
	};
}

export function readRoute(
	input: Record<string, unknown>,
	field: string,
): Omit<RoutingRule, 'name' | 'categories' | 'levels' | 'languages' | 'sources'> {
	const authority = input.authority;
	if (
		authority !== undefined &&
		authority !== '' &&
		authority !== 'publish' &&
		authority !== 'approval'
	) {
		throw new FieldError(`${field}.authority`, 'expected publish or approval');
	}
	return {
		team: requireString(input.team, `${field}.team`),
		owner: optionalString(input.owner, `${field}.owner`),
		escalationChain: readList(input.escalationChain, `${field}.escalationChain`),
		authority: authority === 'publish' || authority === 'approval' ? authority : undefined,
	};
}

export function readList(value: unknown, field: string): string[] {
	if (value === undefined || value === null || value === '') return [];
	const entries = typeof value === 'string' ? value.split(/[\n,;]+/) : value;
	if (!Array.isArray(entries))
		throw new FieldError(field, 'expected a list or comma-separated text');
	return entries
		.map((entry, i) => {
			if (typeof entry !== 'string') throw new FieldError(`${field}[${i}]`, 'expected text');
			return entry.trim();
		})
		.filter((entry) => entry !== '');
}
