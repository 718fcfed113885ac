import type { CaseRecord } from '../../case/CaseRecord';
import { recordStep } from '../../case/recordStep';

export type DeadlineKind = 'firstResponse' | 'resolution' | 'task';

/** One running clock of a case: its own first response or resolution, or one mention's response task. */
export interface Clock {
	kind: DeadlineKind;
	mentionId?: string;
	startedAt: string;
	dueAt: string;
}

/** The clocks still running on a case: none once it is resolved or has no deadlines. */
export function openClocks(record: CaseRecord): Clock[] {
	if (record.status === 'resolved' || !record.deadlines) return [];
	const clocks: Clock[] = [];
	const { startedAt, firstResponseDue, resolutionDue } = record.deadlines;
	if (!record.firstResponseAt)
		clocks.push({ kind: 'firstResponse', startedAt, dueAt: firstResponseDue });
	clocks.push({ kind: 'resolution', startedAt, dueAt: resolutionDue });
	for (const task of record.tasks) {
		if (task.status === 'open')
			clocks.push({
				kind: 'task',
				mentionId: task.mentionId,
				startedAt: task.startedAt,
				dueAt: task.dueAt,
			});
	}
	return clocks;
}

function holders(record: CaseRecord): string[] {
	return [...(record.owner ? [record.owner.person] : []), ...record.escalationChain];
}

/**
 * Records a warning or a breach of one clock on the case timeline, once per clock; a breach moves the case
 * one step up its escalation chain. Says who to notify and whether an earlier run already raised it.
 */
export function raise(
	record: CaseRecord,
	clock: Clock,
	state: 'breached' | 'warning',
	at: string,
): { case: CaseRecord; notify?: string; isNew: boolean } {
	const chain = holders(record);
	const clockKey = `${clock.kind}${clock.mentionId ? `:${clock.mentionId}` : ''}`;
	if (state === 'warning') {
		const notify = chain[Math.min(record.escalationIndex, chain.length - 1)];
		const recorded = recordStep(record, {
			step: 'checkDeadlines',
			key: `warning:${clockKey}`,
			at,
			summary: `${clockLabel(clock)} due soon`,
		});
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
			summary: `${clockLabel(clock)} breached; ${notify ? `escalated to ${notify}` : 'no escalation chain set (run Assign)'}`,
			escalatedTo: notify,
		},
	);
	return { case: recorded.case, notify, isNew: true };
}

/** How a clock is named in alerts and on the timeline. */
export function clockLabel(clock: Clock): string {
	if (clock.kind === 'task') return `Reply to ${clock.mentionId}`;
	return clock.kind === 'firstResponse' ? 'First response' : 'Resolution';
}
