import type { RiskLevel } from '../scoring/CrisisScore';
import type { CaseRecord } from './CaseRecord';
import { buildChat } from './buildChat';
import { buildEmail } from './buildEmail';
import { type DeadlinePolicyInput, readDeadlinePolicy } from './deadlines/DeadlinePolicy';
import { ensureDeadlines } from './deadlines/ensureDeadlines';
import { formatDeadline } from './deadlines/formatDeadline';
import { parseWorkDuration } from './deadlines/WorkDuration';
import { escapeSlack } from './escapeSlack';
import { type InputFailure, inputFailureOf } from './inputFailureOf';
import { openCase } from './openCase';
import type { ChatPayload, EmailPayload } from './Payloads';
import { FieldError } from '../errors/FieldError';
import { isEmailAddress, isRecord } from './readFields';
import { isoUtc, readInstant } from './readInstant';
import { readSubject } from './readSubject';
import { recordStep } from './recordStep';
import { en } from './templates/en';

export interface CheckDeadlinesOptions extends DeadlinePolicyInput {
	/** How long before a due time to warn: a share of the allowed time (`25%`) or a duration (`10m`). Default 25%. */
	warningWindow?: string;
}

export type DeadlineKind = 'firstResponse' | 'resolution' | 'task';

export interface DeadlineAlert {
	/** Index of the input item, for pairedItem. */
	index: number;
	caseId: string;
	kind: DeadlineKind;
	mentionId?: string;
	state: 'breached' | 'warning';
	level: RiskLevel;
	dueAt: string;
	dueLocal: string;
	/** Negative once breached. */
	minutesLeft: number;
	/** Who to tell: the current holder for a warning, the next person of the escalation chain for a breach. */
	notify?: string;
	/** False when an earlier run already raised this alert (the case timeline has it): notify only on new ones. */
	isNew: boolean;
	chat: ChatPayload;
	/** The same alert as an e-mail, escaped; `to` is the person to notify when that is an address, else empty. */
	email: EmailPayload;
}

export interface CheckDeadlinesResult {
	alerts: DeadlineAlert[];
	/** One per input item that could be read, with breaches and escalations recorded on the timeline. */
	cases: Array<{ index: number; case: CaseRecord }>;
	errors: InputFailure[];
}

interface Clock {
	kind: DeadlineKind;
	mentionId?: string;
	startedAt: string;
	dueAt: string;
}

/**
 * Check Deadlines: which open clocks (first response, resolution, each response task) are breached or
 * about to be. A breach moves the case one step up its escalation chain, once per clock. Items that
 * carry the same case (Respond to Every in an incident hands on one item per mention) are checked as one
 * case, so each clock alerts once: the case's own clocks on its first item, a task on its mention's item.
 * Items that cannot be read are reported in `errors` and the rest of the batch goes on.
 */
export function checkDeadlines(items: unknown[], options: CheckDeadlinesOptions, now: Date | string): CheckDeadlinesResult {
	const nowInstant = readInstant(now, 'now');
	const at = isoUtc(nowInstant);
	const policy = readDeadlinePolicy(options);
	const warning = readWarningWindow(options.warningWindow);
	const result: CheckDeadlinesResult = { alerts: [], cases: [], errors: [] };
	for (const group of groupByCase(items, result.errors)) {
		const failure = inputFailureOf(group.indexes[0], () => {
			let record = ensureDeadlines(group.record, policy);
			for (const clock of openClocks(record)) {
				const dueMs = Date.parse(clock.dueAt);
				const windowMs = warning.share !== undefined ? warning.share * (dueMs - Date.parse(clock.startedAt)) : warning.ms;
				const state = nowInstant.toMillis() >= dueMs ? 'breached' : nowInstant.toMillis() >= dueMs - windowMs ? 'warning' : undefined;
				if (!state) continue;
				const raised = raise(record, clock, state, at);
				record = raised.case;
				const index = clock.mentionId === undefined ? group.indexes[0] : (group.mentionItems.get(clock.mentionId) ?? group.indexes[0]);
				result.alerts.push(alertFor(index, record, clock, state, raised.notify, raised.isNew, nowInstant.toMillis()));
			}
			for (const index of group.indexes) result.cases.push({ index, case: record });
		});
		if (failure) for (const index of group.indexes) result.errors.push({ ...failure, index });
	}
	const byIndex = (a: { index: number }, b: { index: number }) => a.index - b.index;
	result.alerts.sort(byIndex);
	result.cases.sort(byIndex);
	result.errors.sort(byIndex);
	return result;
}

interface CaseGroup {
	record: CaseRecord;
	/** Items carrying this case, in input order. */
	indexes: number[];
	/** The item that is each mention of the case, by mention id. */
	mentionItems: Map<string, number>;
}

/** Each case once, with every readable item that carries it folded in (its mention, incident and reply status). */
function groupByCase(items: unknown[], errors: CheckDeadlinesResult['errors']): CaseGroup[] {
	const groups = new Map<string, CaseGroup>();
	items.forEach((item, index) => {
		const failure = inputFailureOf(index, () => {
			const subject = readSubject(item);
			const opened = openCase(subject);
			let group = groups.get(opened.caseId);
			if (group) {
				const folded = subject.kind === 'case' ? group.record : openCase({ ...subject, case: group.record });
				group.record = withReplyStatus(folded, item);
				group.indexes.push(index);
			} else {
				group = { record: withReplyStatus(opened, item), indexes: [index], mentionItems: new Map() };
				groups.set(opened.caseId, group);
			}
			const { mentionItems } = group;
			if (subject.kind === 'mention' && !mentionItems.has(subject.mention.id)) mentionItems.set(subject.mention.id, index);
		});
		if (failure) errors.push(failure);
	});
	return [...groups.values()];
}

function readWarningWindow(text: string | undefined): { share?: number; ms: number } {
	const value = (text ?? '25%').trim();
	const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(value);
	if (percent) {
		const share = Number(percent[1]) / 100;
		if (share > 1) throw new FieldError('warningWindow', 'a percentage above 100% would warn before the clock starts');
		return { share, ms: 0 };
	}
	const duration = parseWorkDuration(value, 'warningWindow');
	if (duration.unit !== 'minutes') throw new FieldError('warningWindow', 'use minutes, hours or a percentage, not business days');
	return { ms: duration.amount * 60_000 };
}

/** A workflow may mark a reply on the item itself (`respondedAt`) instead of running Record Response. */
function withReplyStatus(record: CaseRecord, item: unknown): CaseRecord {
	if (!isRecord(item) || item.respondedAt === undefined || item.respondedAt === null || record.firstResponseAt) return record;
	return { ...record, firstResponseAt: isoUtc(readInstant(item.respondedAt, 'respondedAt')) };
}

function openClocks(record: CaseRecord): Clock[] {
	if (record.status === 'resolved' || !record.deadlines) return [];
	const clocks: Clock[] = [];
	const { startedAt, firstResponseDue, resolutionDue } = record.deadlines;
	if (!record.firstResponseAt) clocks.push({ kind: 'firstResponse', startedAt, dueAt: firstResponseDue });
	clocks.push({ kind: 'resolution', startedAt, dueAt: resolutionDue });
	for (const task of record.tasks) {
		if (task.status === 'open') clocks.push({ kind: 'task', mentionId: task.mentionId, startedAt: task.startedAt, dueAt: task.dueAt });
	}
	return clocks;
}

function holders(record: CaseRecord): string[] {
	return [...(record.owner ? [record.owner.person] : []), ...record.escalationChain];
}

function raise(record: CaseRecord, clock: Clock, state: 'breached' | 'warning', at: string): { case: CaseRecord; notify?: string; isNew: boolean } {
	const chain = holders(record);
	const clockKey = `${clock.kind}${clock.mentionId ? `:${clock.mentionId}` : ''}`;
	if (state === 'warning') {
		const notify = chain[Math.min(record.escalationIndex, chain.length - 1)];
		const recorded = recordStep(record, { step: 'checkDeadlines', key: `warning:${clockKey}`, at, summary: `${label(clock)} due soon` });
		return { case: recorded.case, notify, isNew: recorded.isNew };
	}
	const key = `breach:${clockKey}`;
	const earlier = record.timeline.find((entry) => entry.key === key);
	if (earlier) return { case: record, notify: earlier.escalatedTo, isNew: false };
	const nextIndex = Math.min(record.escalationIndex + 1, Math.max(chain.length - 1, 0));
	const notify = chain[nextIndex];
	const recorded = recordStep(
		{ ...record, escalationIndex: nextIndex },
		{
			step: 'checkDeadlines',
			key,
			at,
			summary: `${label(clock)} breached; ${notify ? `escalated to ${notify}` : 'no escalation chain set (run Assign)'}`,
			escalatedTo: notify,
		},
	);
	return { case: recorded.case, notify, isNew: true };
}

function label(clock: Clock): string {
	if (clock.kind === 'task') return `Reply to ${clock.mentionId}`;
	return clock.kind === 'firstResponse' ? 'First response' : 'Resolution';
}

function alertFor(
	index: number,
	record: CaseRecord,
	clock: Clock,
	state: 'breached' | 'warning',
	notify: string | undefined,
	isNew: boolean,
	nowMs: number,
): DeadlineAlert {
	const timeZone = record.deadlines?.timeZone ?? 'UTC';
	const dueLocal = formatDeadline(clock.dueAt, timeZone, en);
	const minutesLeft = Math.round((Date.parse(clock.dueAt) - nowMs) / 60_000);
	const timing = minutesLeft < 0 ? `${-minutesLeft} min overdue` : `${minutesLeft} min left`;
	const who = notify ? escapeSlack(notify) : 'nobody (no owner or escalation chain)';
	const chat = buildChat(
		`${state === 'breached' ? 'Breached' : 'Due soon'}: ${escapeSlack(label(clock))} · case ${escapeSlack(record.caseId)} (${record.level})`,
		[`*Due:* ${escapeSlack(dueLocal)} (${timing})\n*${state === 'breached' ? 'Escalated to' : 'Holder'}:* ${who}`],
		record.brand ? escapeSlack(record.brand) : undefined,
	);
	const what = clock.kind === 'task' ? `reply to ${clock.mentionId}` : clock.kind === 'firstResponse' ? 'first response' : 'resolution';
	const email = buildEmail(
		notify && isEmailAddress(notify) ? notify : '',
		`[Crisis Desk] ${state === 'breached' ? 'Breached' : 'Due soon'}: ${what} · case ${record.caseId} (${record.level})`,
		[
			`Case ${record.caseId} (${record.level}${record.brand ? `, ${record.brand}` : ''})`,
			`Due: ${dueLocal} (${timing})`,
			`${state === 'breached' ? 'Escalated to' : 'Holder'}: ${notify ?? 'nobody in the escalation chain'}`,
		],
	);
	const alert: DeadlineAlert = {
		index,
		caseId: record.caseId,
		kind: clock.kind,
		state,
		level: record.level,
		dueAt: clock.dueAt,
		dueLocal,
		minutesLeft,
		isNew,
		chat,
		email,
	};
	if (clock.mentionId) alert.mentionId = clock.mentionId;
	if (notify) alert.notify = notify;
	return alert;
}
