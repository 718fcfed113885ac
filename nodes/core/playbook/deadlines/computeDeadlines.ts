import type { RiskLevel } from '../../scoring/CrisisScore';
import type { CaseDeadlines } from '../CaseRecord';
import { isoUtc, readInstant } from '../readInstant';
import { addWorkingTime } from './addWorkingTime';
import type { DeadlinePolicy } from './DeadlinePolicy';

/** First-response and resolution due times for a level whose clock started at `startedAt`. */
export function computeDeadlines(level: RiskLevel, startedAt: string, policy: DeadlinePolicy): CaseDeadlines {
	const start = readInstant(startedAt, 'startedAt');
	const roundTheClock = policy.roundTheClock.includes(level);
	const targets = policy.targets[level];
	return {
		level,
		startedAt: isoUtc(start),
		firstResponseDue: isoUtc(addWorkingTime(start, targets.firstResponse, policy, roundTheClock)),
		resolutionDue: isoUtc(addWorkingTime(start, targets.resolution, policy, roundTheClock)),
		timeZone: policy.timeZone,
		roundTheClock,
	};
}
