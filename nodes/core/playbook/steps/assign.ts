import { IANAZone } from 'luxon';
import type { RiskLevel } from '../../scoring/CrisisScore';
import { buildCaseTicket } from '../rendering/payloads/buildCaseTicket';
import { buildEmail } from '../rendering/payloads/buildEmail';
import { buildChat } from '../rendering/payloads/buildChat';
import type { Authority, CaseRecord } from '../case/CaseRecord';
import { escapeMarkdown } from '../rendering/escaping/escapeMarkdown';
import { escapeSlack } from '../rendering/escaping/escapeSlack';
import { isRiskLevel, riskLevelRank } from '../../scoring/riskLevelRank';
import { openCase } from '../case/openCase';
import type { ChatPayload, EmailPayload, TicketPayload } from '../rendering/payloads/Payloads';
import { FieldError } from '../../errors/FieldError';
import type { PlaybookSubject } from '../reading/PlaybookSubject';
import { isRecord } from '../reading/readFields';
import { readInstant, isoUtc } from '../reading/readInstant';
import { readSubject } from '../reading/readSubject';
import { recordStep } from '../case/recordStep';
import { matchRule, type RoutingFacts } from '../routing/matchRule';
import { readRotaEntry, type RotaEntryInput, whoIsOnCall } from '../routing/onCallRota';
import { type Person, readPerson } from '../routing/Person';
import {
	readRoute,
	readRoutingRule,
	type RouteInput,
	type RoutingRuleInput,
} from '../routing/RoutingRule';

export interface AssignOptions {
	/** Checked in order; the first match wins. */
	rules?: RoutingRuleInput[];
	/** Used when no rule matches. */
	defaultRoute: RouteInput;
	rota?: RotaEntryInput[];
	people?: Person[];
	/** Zone the rota's hours are in. Default Europe/Istanbul. */
	timeZone?: string;
	/** From this level up, replies need approval whatever the owner's authority. */
	approvalFrom?: RiskLevel;
	/** Re-run the rota even if the case already has an owner in the routed team. */
	reassign?: boolean;
}

export interface Assignment {
	team: string;
	owner?: string;
	ownerFrom: 'rule' | 'rota' | 'none';
	/** The matching rule's name, or `default`. */
	rule: string;
	escalationChain: string[];
	authority: Authority;
	needsApproval: boolean;
	approver?: string;
	/** Why this authority, in words. */
	reason: string;
}

export interface AssignResult {
	case: CaseRecord;
	assignment: Assignment;
	chat: ChatPayload;
	ticket: TicketPayload;
	/** To the owner, when their e-mail is known. */
	email?: EmailPayload;
}

/** Assign: route the case to a team and owner by the first matching rule, with an explicit authority. */
export function assign(item: unknown, options: AssignOptions, now: Date | string): AssignResult {
	const nowInstant = readInstant(now, 'now');
	const subject = readSubject(item);
	let record = openCase(subject);
	const rules = (options.rules ?? []).map((rule, i) =>
		readRoutingRule(rule, `rules[${i}]`, `rules[${i}]`),
	);
	if (!isRecord(options.defaultRoute))
		throw new FieldError('defaultRoute', 'set a default team for cases no rule matches');
	const fallback = { name: 'default', ...readRoute(options.defaultRoute, 'defaultRoute') };
	const people = new Map(
		(options.people ?? []).map((p, i) => readPerson(p, `people[${i}]`)).map((p) => [p.id, p]),
	);
	const rota = (options.rota ?? []).map((entry, i) => readRotaEntry(entry, `rota[${i}]`));
	const timeZone = options.timeZone?.trim() || 'Europe/Istanbul';
	if (!IANAZone.isValidZone(timeZone))
		throw new FieldError('timeZone', `"${timeZone}" is not an IANA time zone`);
	if (options.approvalFrom !== undefined && !isRiskLevel(options.approvalFrom)) {
		throw new FieldError('approvalFrom', 'expected low, medium, high or critical');
	}

	const route = rules.find((rule) => matchRule(rule, routingFacts(subject, record))) ?? fallback;
	let owner: string | undefined;
	let ownerFrom: Assignment['ownerFrom'] = 'none';
	if (route.owner) {
		owner = route.owner;
		ownerFrom = 'rule';
	} else if (record.owner && record.owner.team === route.team && !options.reassign) {
		owner = record.owner.person;
		ownerFrom = record.owner.assignedBy;
	} else {
		const onCall = whoIsOnCall(rota, route.team, nowInstant.setZone(timeZone));
		if (onCall) {
			owner = onCall.person;
			ownerFrom = 'rota';
		}
	}
	const escalationChain = route.escalationChain.filter((person) => person !== owner);
	const person = owner ? people.get(owner) : undefined;
	const authority = decideAuthority(
		record.level,
		route.authority,
		person,
		options.approvalFrom,
		owner,
	);
	const approver = authority.authority === 'approval' ? escalationChain[0] : undefined;
	const assignment: Assignment = {
		team: route.team,
		ownerFrom,
		rule: route.name,
		escalationChain,
		authority: authority.authority,
		needsApproval: authority.authority === 'approval',
		reason:
			authority.reason +
			(authority.authority === 'approval' && !approver
				? '; no approver: add someone to the escalation chain'
				: ''),
	};
	if (owner) assignment.owner = owner;
	if (approver) assignment.approver = approver;

	record = {
		...record,
		owner:
			owner && ownerFrom !== 'none'
				? {
						person: owner,
						team: route.team,
						assignedBy: ownerFrom,
						email: person?.email,
						handle: person?.handle,
					}
				: undefined,
		authority: assignment.authority,
		escalationChain,
		status: record.status === 'open' ? 'assigned' : record.status,
	};
	if (!record.owner) delete record.owner;
	record = recordStep(record, {
		step: 'assign',
		key: `assign:${route.team}:${owner ?? '-'}:${assignment.authority}`,
		at: isoUtc(nowInstant),
		summary: `Assigned to ${owner ?? 'nobody'} (${route.team}) by ${route.name}; ${assignment.needsApproval ? 'replies need approval' : 'may publish without approval'}`,
	}).case;

	return { case: record, assignment, ...payloads(record, assignment, person) };
}

function routingFacts(subject: PlaybookSubject, record: CaseRecord): RoutingFacts {
	if (subject.kind !== 'mention') return { categories: record.categories, level: record.level };
	const { mention } = subject;
	const scoredLanguage =
		mention.crisis?.language === 'unsupported' ? undefined : mention.crisis?.language;
	return {
		categories: record.categories,
		level: record.level,
		language: mention.language ?? scoredLanguage,
		source: mention.source,
	};
}

function decideAuthority(
	level: RiskLevel,
	ruleAuthority: Authority | undefined,
	person: Person | undefined,
	approvalFrom: RiskLevel | undefined,
	owner: string | undefined,
): { authority: Authority; reason: string } {
	if (approvalFrom && riskLevelRank(level) >= riskLevelRank(approvalFrom)) {
		return {
			authority: 'approval',
			reason: `${level} cases need approval (approval required from ${approvalFrom})`,
		};
	}
	if (ruleAuthority)
		return {
			authority: ruleAuthority,
			reason: `the routing rule grants ${ruleAuthority === 'publish' ? 'publishing without approval' : 'drafting with approval'}`,
		};
	if (!owner)
		return { authority: 'approval', reason: 'no owner, so no one may publish without approval' };
	if (person?.authority) return { authority: person.authority, reason: `${owner}'s own authority` };
	return {
		authority: 'approval',
		reason: `no authority configured for ${owner}; approval is the safe default`,
	};
}

function payloads(
	record: CaseRecord,
	assignment: Assignment,
	person: Person | undefined,
): Omit<AssignResult, 'case' | 'assignment'> {
	const who = assignment.owner ?? 'nobody (no rule owner and no one on call)';
	const authorityLine = assignment.needsApproval
		? `needs approval${assignment.approver ? ` from ${assignment.approver}` : ''}`
		: 'may publish replies without approval';
	const chat = buildChat(
		`Case ${escapeSlack(record.caseId)} (${record.level}) assigned to ${escapeSlack(who)} · ${escapeSlack(assignment.team)}`,
		[
			`*Authority:* ${escapeSlack(authorityLine)} (${escapeSlack(assignment.reason)})`,
			assignment.escalationChain.length > 0
				? `*Escalation:* ${assignment.escalationChain.map(escapeSlack).join(' → ')}`
				: '',
		],
		`Rule: ${escapeSlack(assignment.rule)} · owner from ${assignment.ownerFrom}`,
	);
	const details = [
		`**Team:** ${escapeMarkdown(assignment.team)}`,
		`**Authority:** ${escapeMarkdown(authorityLine)} (${escapeMarkdown(assignment.reason)})`,
		`**Escalation chain:** ${assignment.escalationChain.map(escapeMarkdown).join(' → ') || 'none'}`,
		`**Routed by:** ${escapeMarkdown(assignment.rule)}`,
	].join('  \n');
	const ticket = buildCaseTicket(record, `Crisis case assigned to ${assignment.team}`, details);
	const result: Omit<AssignResult, 'case' | 'assignment'> = { chat, ticket };
	if (person?.email) {
		result.email = buildEmail(
			person.email,
			`[Crisis Desk] Case ${record.caseId} (${record.level}) is yours`,
			[
				`You own crisis case ${record.caseId} (${record.level}).`,
				`Team: ${assignment.team}`,
				`Authority: ${authorityLine}`,
				...(record.deadlines ? [`First response due: ${record.deadlines.firstResponseDue}`] : []),
			],
		);
	}
	return result;
}
