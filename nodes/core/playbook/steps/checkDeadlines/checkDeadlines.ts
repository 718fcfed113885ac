import { FieldError } from '../../../errors/FieldError';
import type { CaseRecord } from '../../case/CaseRecord';
import { openCase } from '../../case/openCase';
import { type DeadlinePolicyInput, readDeadlinePolicy } from '../../deadlines/DeadlinePolicy';
import { ensureDeadlines } from '../../deadlines/ensureDeadlines';
import { parseWorkDuration } from '../../deadlines/WorkDuration';
import { type InputFailure, inputFailureOf } from '../../reading/inputFailureOf';
import { isRecord } from '../../reading/readFields';
import { isoUtc, readInstant } from '../../reading/readInstant';
import { readSubject } from '../../reading/readSubject';
import { openClocks, raise } from './caseClocks';
import { alertFor, type DeadlineAlert } from './deadlineAlert';

export interface CheckDeadlinesOptions extends DeadlinePolicyInput {
	/** How long before a due time to warn: a share of the allowed time (`25%`) or a duration (`10m`). Default 25%. */
	warningWindow?: string;
}

export interface CheckDeadlinesResult {
	alerts: DeadlineAlert[];
	/** One per input item that could be read, with breaches and escalations recorded on the timeline. */
	cases: Array<{ index: number; case: CaseRecord }>;
	errors: InputFailure[];
}

/**
 * Check Deadlines: which open clocks (first response, resolution, each response task) are breached or
 * about to be. A breach moves the case one step up its escalation chain, once per clock. Items that
 * carry the same case (Respond to Every in an incident hands on one item per mention) are checked as one
 * case, so each clock alerts once: the case's own clocks on its first item, a task on its mention's item.
 * Items that cannot be read are reported in `errors` and the rest of the batch goes on.
 */
export function checkDeadlines(
	items: unknown[],
	options: CheckDeadlinesOptions,
	now: Date | string,
): CheckDeadlinesResult {
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
				const windowMs =
					warning.share !== undefined
						? warning.share * (dueMs - Date.parse(clock.startedAt))
						: warning.ms;
				const state =
					nowInstant.toMillis() >= dueMs
						? 'breached'
						: nowInstant.toMillis() >= dueMs - windowMs
							? 'warning'
							: undefined;
				if (!state) continue;
				const raised = raise(record, clock, state, at);
				record = raised.case;
				const index =
					clock.mentionId === undefined
						? group.indexes[0]
						: (group.mentionItems.get(clock.mentionId) ?? group.indexes[0]);
				result.alerts.push(
					alertFor(index, record, clock, state, raised.notify, raised.isNew, nowInstant.toMillis()),
				);
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
				const folded =
					subject.kind === 'case' ? group.record : openCase({ ...subject, case: group.record });
				group.record = withReplyStatus(folded, item);
				group.indexes.push(index);
			} else {
				group = {
					record: withReplyStatus(opened, item),
					indexes: [index],
					mentionItems: new Map(),
				};
				groups.set(opened.caseId, group);
			}
			const { mentionItems } = group;
			if (subject.kind === 'mention' && !mentionItems.has(subject.mention.id))
				mentionItems.set(subject.mention.id, index);
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
		if (share > 1)
			throw new FieldError(
				'warningWindow',
				'a percentage above 100% would warn before the clock starts',
			);
		return { share, ms: 0 };
	}
	const duration = parseWorkDuration(value, 'warningWindow');
	if (duration.unit !== 'minutes')
		throw new FieldError('warningWindow', 'use minutes, hours or a percentage, not business days');
	return { ms: duration.amount * 60_000 };
}

/** A workflow may mark a reply on the item itself (`respondedAt`) instead of running Record Response. */
function withReplyStatus(record: CaseRecord, item: unknown): CaseRecord {
	if (
		!isRecord(item) ||
		item.respondedAt === undefined ||
		item.respondedAt === null ||
		record.firstResponseAt
	)
		return record;
	return { ...record, firstResponseAt: isoUtc(readInstant(item.respondedAt, 'respondedAt')) };
}
