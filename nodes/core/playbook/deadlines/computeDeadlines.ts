import type { DateTime } from 'luxon';
import type { RiskLevel } from '../../scoring/CrisisScore';
import type { CaseDeadlines } from '../case/CaseRecord';
import { FieldError } from '../../errors/FieldError';
import { isoUtc, readInstant } from '../reading/readInstant';
import { addWorkingTime } from './addWorkingTime';
import type { DeadlinePolicy } from './DeadlinePolicy';

/** First-response and resolution due times for a level whose clock started at `startedAt`. */
export function computeDeadlines(
	level: RiskLevel,
	startedAt: string,
	policy: DeadlinePolicy,
): CaseDeadlines {
	const start = readInstant(startedAt, 'startedAt');
	return {
		level,
		startedAt: isoUtc(start),
		firstResponseDue: dueAfter(start, level, 'firstResponse', policy),
		resolutionDue: dueAfter(start, level, 'resolution', policy),
		timeZone: policy.timeZone,
		roundTheClock: policy.roundTheClock.includes(level),
	};
}

/**
 * When one target of the level runs out for a clock started at `start`. Never empty: a due time past
 * what a date can hold is an error naming the target that led to it.
 */
export function dueAfter(
	start: DateTime,
	level: RiskLevel,
	target: 'firstResponse' | 'resolution',
	policy: DeadlinePolicy,
): string {
	const at = addWorkingTime(
		start,
		policy.targets[level][target],
		policy,
		policy.roundTheClock.includes(level),
	);
	const iso = at.isValid ? isoUtc(at) : '';
	if (iso === '') {
		throw new FieldError(
			`targets.${level}.${target}`,
			'gives a due time past the end of the calendar (year 275760); check the start time and this target',
		);
	}
	return iso;
}
