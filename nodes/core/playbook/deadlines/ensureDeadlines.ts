import type { CaseDeadlines, CaseRecord } from '../case/CaseRecord';
import { computeDeadlines } from './computeDeadlines';
import type { DeadlinePolicy } from './DeadlinePolicy';

/**
 * The case with deadlines for its current level, counted from when it reached that level. Recomputed
 * from the case alone (never from the clock), so a rerun gives the same answer and a changed policy takes
 * effect. When the level rose, the old due times become a cap kept on the deadlines: an escalation never
 * buys more time, on this run or any later one.
 */
export function ensureDeadlines(record: CaseRecord, policy: DeadlinePolicy): CaseRecord {
	const fresh = computeDeadlines(record.level, record.levelSince, policy);
	const previous = record.deadlines;
	const cap = !previous
		? undefined
		: previous.level !== fresh.level
			? capOf(previous)
			: previous.cappedBy;
	if (!cap) return { ...record, deadlines: fresh };
	return {
		...record,
		deadlines: {
			...fresh,
			firstResponseDue: earlier(cap.firstResponseDue, fresh.firstResponseDue),
			resolutionDue: earlier(cap.resolutionDue, fresh.resolutionDue),
			cappedBy: cap,
		},
	};
}

function capOf(deadlines: CaseDeadlines): NonNullable<CaseDeadlines['cappedBy']> {
	return {
		level: deadlines.level,
		firstResponseDue: deadlines.firstResponseDue,
		resolutionDue: deadlines.resolutionDue,
	};
}

function earlier(a: string, b: string): string {
	return Date.parse(a) <= Date.parse(b) ? a : b;
}
