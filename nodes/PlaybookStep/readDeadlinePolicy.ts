import type { IExecuteFunctions } from 'n8n-workflow';

import type { DeadlinePolicyInput, DeadlineTargetsInput } from '../core/playbook/deadlines/DeadlinePolicy';
import { RISK_LEVELS } from '../core/playbook/levelRank';
import type { RiskLevel } from '../core/scoring/CrisisScore';
import { readObject, text } from './readParameters';

/** Time Zone and the Deadline Policy collection → the core's policy input; unset settings keep its defaults. */
export function readDeadlinePolicy(context: IExecuteFunctions, index: number): DeadlinePolicyInput {
	const settings = readObject(context, 'deadlinePolicy', index);
	const targets: Partial<Record<RiskLevel, DeadlineTargetsInput>> = {};
	for (const level of RISK_LEVELS) {
		const firstResponse = text(settings[`${level}FirstResponse`]);
		const resolution = text(settings[`${level}Resolution`]);
		if (firstResponse || resolution) targets[level] = { firstResponse, resolution };
	}
	const policy: DeadlinePolicyInput = {
		timeZone: text(context.getNodeParameter('timeZone', index, '')),
		targets,
	};
	const start = text(settings.businessHoursStart);
	const end = text(settings.businessHoursEnd);
	const days = settings.businessDays as number[] | undefined;
	if (start || end || days) policy.businessHours = { start, end, days };
	if (settings.holidays !== undefined) policy.holidays = String(settings.holidays);
	if (settings.roundTheClock !== undefined) policy.roundTheClock = settings.roundTheClock as RiskLevel[];
	return policy;
}
