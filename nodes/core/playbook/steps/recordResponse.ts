import type { CaseRecord } from '../case/CaseRecord';
import { openCase } from '../case/openCase';
import { FieldError } from '../../errors/FieldError';
import { isoUtc, readInstant } from '../reading/readInstant';
import { readSubject } from '../reading/readSubject';
import { recordStep } from '../case/recordStep';

export interface RecordResponseOptions {
	/** When the reply went out; defaults to now. */
	respondedAt?: Date | string;
	/** Mark this mention's response task done; without it, the item's own mention (if any) is used. */
	mentionId?: string;
	/** Also close the case. */
	resolve?: boolean;
}

/**
 * Record Response: stops the first-response clock (and the mention's task clock) once a reply is out,
 * so Check Deadlines stops alerting. Idempotent: the first recorded time stays.
 */
export function recordResponse(
	item: unknown,
	options: RecordResponseOptions,
	now: Date | string,
): { case: CaseRecord } {
	const subject = readSubject(item);
	const at = isoUtc(
		readInstant(options.respondedAt ?? now, options.respondedAt ? 'respondedAt' : 'now'),
	);
	let record = openCase(subject);
	const mentionId =
		options.mentionId ?? (subject.kind === 'mention' ? subject.mention.id : undefined);
	if (options.mentionId && !record.tasks.some((task) => task.mentionId === options.mentionId)) {
		throw new FieldError(
			'mentionId',
			`case ${record.caseId} has no response task for ${options.mentionId}`,
		);
	}
	record = {
		...record,
		firstResponseAt: record.firstResponseAt ?? at,
		status: record.status === 'resolved' ? 'resolved' : 'responding',
		tasks: record.tasks.map((task) =>
			task.mentionId === mentionId && task.status === 'open'
				? { ...task, status: 'done', doneAt: at }
				: task,
		),
	};
	record = recordStep(record, {
		step: 'recordResponse',
		key: `response:${mentionId ?? 'case'}`,
		at,
		summary: `Response recorded${mentionId ? ` for ${mentionId}` : ''}`,
	}).case;
	if (options.resolve && record.status !== 'resolved') {
		record = recordStep(
			{ ...record, status: 'resolved', resolvedAt: at },
			{ step: 'recordResponse', key: 'resolved', at, summary: 'Case resolved' },
		).case;
	}
	return { case: record };
}
