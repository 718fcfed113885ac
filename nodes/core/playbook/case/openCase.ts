import type { CaseRecord } from './CaseRecord';
import { caseIdFor } from './caseIdFor';
import type { IncidentAlert } from '../reading/IncidentAlert';
import { riskLevelRank } from '../../scoring/riskLevelRank';
import type { PlaybookSubject } from '../reading/PlaybookSubject';
import { recordStep } from './recordStep';
import type { ScoredMention } from '../reading/ScoredMention';

/** A case carries at most this many mention ids, so an item never grows without bound during a long incident. */
export const MAX_CASE_MENTION_IDS = 500;
/**
 * An incident case holds at most this many response tasks: every task item carries its case, so a case
 * growing with every mention would make a batch's output grow with the square of its size.
 */
export const MAX_CASE_TASKS = 100;

/**
 * The case a step works on: the carried one brought up to date with the item (new level, resolution,
 * mention), or a new one whose id derives from the incident or mention id. Time stamps come from the data,
 * not the clock, so the same input always gives the same case.
 */
export function openCase(subject: PlaybookSubject): CaseRecord {
	if (subject.kind === 'case') return subject.case;
	if (subject.kind === 'incident')
		return applyIncident(subject.case ?? newCaseFromIncident(subject.incident), subject.incident);
	return applyMention(subject.case ?? newCaseFromMention(subject.mention), subject.mention);
}

function newCaseFromIncident(incident: IncidentAlert): CaseRecord {
	const openedAt = incident.at;
	const base = blankCase(
		caseIdFor('incident', incident.incident),
		{ kind: 'incident', id: incident.incident },
		openedAt,
	);
	return recordStep(
		{ ...base, brand: incident.brand, level: incident.level },
		{
			step: 'open',
			key: 'open',
			at: openedAt,
			summary: `Opened from incident ${incident.incident} (${incident.level})`,
		},
	).case;
}

function newCaseFromMention(mention: ScoredMention): CaseRecord {
	const level = mention.crisis?.level ?? 'low';
	const base = blankCase(
		caseIdFor('mention', mention.id),
		{ kind: 'mention', id: mention.id },
		mention.createdAt,
	);
	return recordStep(
		{ ...base, brand: mention.brand, level },
		{
			step: 'open',
			key: 'open',
			at: mention.createdAt,
			summary: `Opened from mention ${mention.id} (${level})`,
		},
	).case;
}

function blankCase(caseId: string, origin: CaseRecord['origin'], openedAt: string): CaseRecord {
	return {
		caseId,
		origin,
		level: 'low',
		levelSince: openedAt,
		status: 'open',
		openedAt,
		escalationChain: [],
		escalationIndex: 0,
		categories: [],
		mentionIds: [],
		tasks: [],
		timeline: [],
	};
}

function applyIncident(record: CaseRecord, incident: IncidentAlert): CaseRecord {
	let next: CaseRecord = {
		...record,
		brand: record.brand ?? incident.brand,
		mentionIds: mergeUnique(record.mentionIds, incident.sampleIds),
	};
	if (riskLevelRank(incident.level) > riskLevelRank(next.level))
		next = { ...next, level: incident.level, levelSince: incident.at };
	if (incident.state === 'resolved' && next.status !== 'resolved')
		next = { ...next, status: 'resolved', resolvedAt: incident.at };
	return recordStep(next, {
		step: 'incident',
		key: `incident:${incident.state}:${incident.level}`,
		at: incident.at,
		summary: `Incident ${incident.incident} ${incident.state} at ${incident.level}${incident.reasons.length ? `: ${incident.reasons.join('; ')}` : ''}`,
	}).case;
}

function applyMention(record: CaseRecord, mention: ScoredMention): CaseRecord {
	let next: CaseRecord = {
		...record,
		brand: record.brand ?? mention.brand,
		mentionIds: mergeUnique(record.mentionIds, [mention.id]),
		categories: mergeUnique(
			record.categories,
			(mention.crisis?.categories ?? []).map((c) => c.name),
		),
	};
	const level = mention.crisis?.level;
	if (level && riskLevelRank(level) > riskLevelRank(next.level))
		next = { ...next, level, levelSince: mention.createdAt };
	return next;
}

function mergeUnique(existing: string[], added: string[]): string[] {
	const seen = new Set(existing);
	const merged = [...existing];
	for (const id of added) {
		if (merged.length >= MAX_CASE_MENTION_IDS) break;
		if (!seen.has(id)) {
			seen.add(id);
			merged.push(id);
		}
	}
	return merged;
}
