import type { DateTime } from 'luxon';
import type { RiskLevel } from '../../scoring/CrisisScore';
import type { CaseDeadlines } from '../CaseRecord';
import { PlaybookInputError } from '../PlaybookInputError';
import { isoUtc, readInstant } from '../readInstant';
import { addWorkingTime } from './addWorkingTime';
import type { DeadlinePolicy } from './DeadlinePolicy';

/** First-response and resolution due times for a level whose clock started at `startedAt`. */
export function computeDeadlines(level: RiskLevel, startedAt: string, policy: DeadlinePolicy): CaseDeadlines {
	const start = readInstant(startedAt, 'startedAt');
	const roundTheClock = policy.roundTheClock.includes(level);
	const targets = policy.targets[level];
	const due = (target: 'firstResponse' | 'resolution') =>
		dueTime(addWorkingTime(start, targets[target], policy, roundTheClock), `targets.${level}.${target}`);
	return {
		level,
		startedAt: isoUtc(start),
		firstResponseDue: due('firstResponse'),
		resolutionDue: due('resolution'),
		timeZone: policy.timeZone,
		roundTheClock,
	};
}

/** A due time is never empty: one a date cannot hold is an error naming the target that led to it. */
function dueTime(at: DateTime, field: string): string {
	const iso = at.isValid ? isoUtc(at) : '';
	if (iso === '') throw new PlaybookInputError(field, 'gives a due time past the end of the calendar (year 275760); check the start time and this target');
	return iso;
}
