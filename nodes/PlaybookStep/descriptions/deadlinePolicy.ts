import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { DeadlinePolicyInput, DeadlineTargetsInput } from '../../core/playbook';
import { RISK_LEVELS } from '../../core/scoring/riskLevelRank';
import type { RiskLevel } from '../../core/scoring/CrisisScore';
import { readObject, text } from './readParameters';
import { riskLevelOptions } from './riskLevelOptions';
import { weekdayOptions } from './weekdayOptions';

const DEADLINE_STEPS = [
	'setDeadline',
	'checkDeadlines',
	'respondToEvery',
	'acknowledge',
	'takePrivate',
];

/** The calendar every deadline follows; the zone is the shared Time Zone parameter. */
export const deadlinePolicyProperties: INodeProperties[] = [
	{
		displayName: 'Time Zone',
		name: 'timeZone',
		type: 'string',
		default: 'Europe/Istanbul',
		placeholder: 'e.g. Europe/Istanbul',
		description:
			'IANA time zone of business hours, holidays, the on-call rota and the times people read',
		displayOptions: { show: { operation: ['assess', 'assign', ...DEADLINE_STEPS] } },
	},
	{
		displayName: 'Deadline Policy',
		name: 'deadlinePolicy',
		type: 'collection',
		placeholder: 'Add Setting',
		default: {},
		description: 'Response targets per level and the working calendar they count in',
		displayOptions: { show: { operation: DEADLINE_STEPS } },
		options: [
			{
				displayName: 'Business Days',
				name: 'businessDays',
				type: 'multiOptions',
				options: weekdayOptions,
				default: [1, 2, 3, 4, 5],
			},
			{
				displayName: 'Business Hours End',
				name: 'businessHoursEnd',
				type: 'string',
				default: '18:00',
				description: 'HH:mm local time',
			},
			{
				displayName: 'Business Hours Start',
				name: 'businessHoursStart',
				type: 'string',
				default: '09:00',
				description: 'HH:mm local time',
			},
			{
				displayName: 'Critical: First Response',
				name: 'criticalFirstResponse',
				type: 'string',
				default: '15m',
				description:
					'Time to the first reply for a critical case, e.g. 15m, 1h or 1bd (business day)',
			},
			{
				displayName: 'Critical: Resolution',
				name: 'criticalResolution',
				type: 'string',
				default: '4h',
				description: 'Time to resolve a critical case, e.g. 4h or 2bd',
			},
			{
				displayName: 'High: First Response',
				name: 'highFirstResponse',
				type: 'string',
				default: '1h',
				description: 'Time to the first reply for a high case, e.g. 15m, 1h or 1bd (business day)',
			},
			{
				displayName: 'High: Resolution',
				name: 'highResolution',
				type: 'string',
				default: '8h',
				description: 'Time to resolve a high case, e.g. 4h or 2bd',
			},
			{
				displayName: 'Holidays',
				name: 'holidays',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				placeholder: 'e.g. 2025-04-23, 2025-05-01',
				description:
					'Public holidays as yyyy-mm-dd, separated by commas or new lines; business-hours clocks skip them',
			},
			{
				displayName: 'Low: First Response',
				name: 'lowFirstResponse',
				type: 'string',
				default: '1bd',
				description: 'Time to the first reply for a low case, e.g. 15m, 1h or 1bd (business day)',
			},
			{
				displayName: 'Low: Resolution',
				name: 'lowResolution',
				type: 'string',
				default: '5bd',
				description: 'Time to resolve a low case, e.g. 4h or 2bd',
			},
			{
				displayName: 'Medium: First Response',
				name: 'mediumFirstResponse',
				type: 'string',
				default: '4h',
				description:
					'Time to the first reply for a medium case, e.g. 15m, 1h or 1bd (business day)',
			},
			{
				displayName: 'Medium: Resolution',
				name: 'mediumResolution',
				type: 'string',
				default: '2bd',
				description: 'Time to resolve a medium case, e.g. 4h or 2bd',
			},
			{
				displayName: 'Round-the-Clock Levels',
				name: 'roundTheClock',
				type: 'multiOptions',
				options: riskLevelOptions,
				default: ['critical', 'high'],
				description: 'Levels whose clock runs 24/7 instead of only in business hours',
			},
		],
	},
];

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
	if (settings.roundTheClock !== undefined)
		policy.roundTheClock = settings.roundTheClock as RiskLevel[];
	return policy;
}
