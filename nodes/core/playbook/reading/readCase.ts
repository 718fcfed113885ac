import type {
	CaseDeadlines,
	CaseOwner,
	CaseRecord,
	CaseStatus,
	PlaybookStepName,
	ResponseTask,
	TimelineEntry,
} from '../case/CaseRecord';
import { isRiskLevel } from '../../scoring/riskLevelRank';
import { FieldError } from '../../errors/FieldError';
import { isoUtc, readInstant } from './readInstant';
import {
	optionalNumber,
	optionalString,
	requireRecord,
	requireString,
	stringList,
} from './readFields';
import type { TemplateLanguage } from '../rendering/templates/MessageTemplates';

const STATUSES: readonly CaseStatus[] = ['open', 'assigned', 'responding', 'resolved'];

/** Validates a case record carried on an item (it may have passed through a Data Table or a Set node). */
export function readCase(value: unknown, field = 'case'): CaseRecord {
	const raw = requireRecord(value, field);
	const origin = requireRecord(raw.origin, `${field}.origin`);
	if (origin.kind !== 'incident' && origin.kind !== 'mention') {
		throw new FieldError(`${field}.origin.kind`, 'expected incident or mention');
	}
	if (!isRiskLevel(raw.level))
		throw new FieldError(`${field}.level`, 'expected low, medium, high or critical');
	const status = raw.status ?? 'open';
	if (!STATUSES.includes(status as CaseStatus))
		throw new FieldError(`${field}.status`, `expected one of ${STATUSES.join(', ')}`);
	const escalationIndex = optionalNumber(raw.escalationIndex, `${field}.escalationIndex`) ?? 0;
	const record: CaseRecord = {
		caseId: requireString(raw.caseId, `${field}.caseId`),
		origin: { kind: origin.kind, id: requireString(origin.id, `${field}.origin.id`) },
		brand: optionalString(raw.brand, `${field}.brand`),
		level: raw.level,
		levelSince: instant(raw.levelSince ?? raw.openedAt, `${field}.levelSince`),
		status: status as CaseStatus,
		openedAt: instant(raw.openedAt, `${field}.openedAt`),
		authority:
			raw.authority === 'publish' || raw.authority === 'approval' ? raw.authority : undefined,
		escalationChain: stringList(raw.escalationChain, `${field}.escalationChain`),
		escalationIndex: Math.max(0, Math.floor(escalationIndex)),
		categories: stringList(raw.categories, `${field}.categories`),
		mentionIds: stringList(raw.mentionIds, `${field}.mentionIds`),
		tasks: list(raw.tasks, `${field}.tasks`).map((task, i) =>
			readTask(task, `${field}.tasks[${i}]`),
		),
		timeline: list(raw.timeline, `${field}.timeline`).map((entry, i) =>
			readEntry(entry, `${field}.timeline[${i}]`),
		),
	};
	if (raw.owner !== undefined && raw.owner !== null)
		record.owner = readOwner(raw.owner, `${field}.owner`);
	if (raw.deadlines !== undefined && raw.deadlines !== null)
		record.deadlines = readDeadlines(raw.deadlines, `${field}.deadlines`);
	if (raw.firstResponseAt)
		record.firstResponseAt = instant(raw.firstResponseAt, `${field}.firstResponseAt`);
	if (raw.resolvedAt) record.resolvedAt = instant(raw.resolvedAt, `${field}.resolvedAt`);
	const language = readLanguage(raw.language, `${field}.language`);
	if (language) record.language = language;
	if (raw.nextUpdateAt) record.nextUpdateAt = instant(raw.nextUpdateAt, `${field}.nextUpdateAt`);
	return record;
}

function instant(value: unknown, field: string): string {
	return isoUtc(readInstant(value, field));
}

/** Empty (a Data Table's blank cell) means not decided yet. */
function readLanguage(value: unknown, field: string): TemplateLanguage | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (value !== 'en' && value !== 'tr') throw new FieldError(field, 'expected en or tr');
	return value;
}

function list(value: unknown, field: string): unknown[] {
	if (value === undefined || value === null) return [];
	if (!Array.isArray(value)) throw new FieldError(field, 'expected a list');
	return value;
}

function readOwner(value: unknown, field: string): CaseOwner {
	const raw = requireRecord(value, field);
	return {
		person: requireString(raw.person, `${field}.person`),
		team: requireString(raw.team, `${field}.team`),
		assignedBy: raw.assignedBy === 'rule' ? 'rule' : 'rota',
		email: optionalString(raw.email, `${field}.email`),
		handle: optionalString(raw.handle, `${field}.handle`),
	};
}

function readDeadlines(value: unknown, field: string): CaseDeadlines {
	const raw = requireRecord(value, field);
	if (!isRiskLevel(raw.level))
		throw new FieldError(`${field}.level`, 'expected low, medium, high or critical');
	const deadlines: CaseDeadlines = {
		level: raw.level,
		startedAt: instant(raw.startedAt, `${field}.startedAt`),
		firstResponseDue: instant(raw.firstResponseDue, `${field}.firstResponseDue`),
		resolutionDue: instant(raw.resolutionDue, `${field}.resolutionDue`),
		timeZone: requireString(raw.timeZone, `${field}.timeZone`),
		roundTheClock: raw.roundTheClock === true,
	};
	if (raw.cappedBy !== undefined && raw.cappedBy !== null) {
		const cap = requireRecord(raw.cappedBy, `${field}.cappedBy`);
		if (!isRiskLevel(cap.level))
			throw new FieldError(`${field}.cappedBy.level`, 'expected low, medium, high or critical');
		deadlines.cappedBy = {
			level: cap.level,
			firstResponseDue: instant(cap.firstResponseDue, `${field}.cappedBy.firstResponseDue`),
			resolutionDue: instant(cap.resolutionDue, `${field}.cappedBy.resolutionDue`),
		};
	}
	return deadlines;
}

function readTask(value: unknown, field: string): ResponseTask {
	const raw = requireRecord(value, field);
	const task: ResponseTask = {
		mentionId: requireString(raw.mentionId, `${field}.mentionId`),
		author: optionalString(raw.author, `${field}.author`) ?? '',
		channel: optionalString(raw.channel, `${field}.channel`) ?? '',
		url: optionalString(raw.url, `${field}.url`) ?? '',
		startedAt: instant(raw.startedAt, `${field}.startedAt`),
		dueAt: instant(raw.dueAt, `${field}.dueAt`),
		status: raw.status === 'done' ? 'done' : 'open',
	};
	if (raw.doneAt) task.doneAt = instant(raw.doneAt, `${field}.doneAt`);
	return task;
}

function readEntry(value: unknown, field: string): TimelineEntry {
	const raw = requireRecord(value, field);
	const entry: TimelineEntry = {
		key: requireString(raw.key, `${field}.key`),
		step: requireString(raw.step, `${field}.step`) as PlaybookStepName,
		at: instant(raw.at, `${field}.at`),
		summary: optionalString(raw.summary, `${field}.summary`) ?? '',
	};
	const escalatedTo = optionalString(raw.escalatedTo, `${field}.escalatedTo`);
	if (escalatedTo) entry.escalatedTo = escalatedTo;
	return entry;
}
