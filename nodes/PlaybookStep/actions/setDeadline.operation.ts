import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { setDeadline } from '../../core/playbook';
import { readDeadlinePolicy } from '../descriptions/deadlinePolicy';
import { runItemStep } from '../execution/runItemStep';

/** Set Deadline: first-response and resolution deadlines per item. Its parameters are the shared Deadline Policy (descriptions/deadlinePolicy.ts). */
export function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	now: Date,
): INodeExecutionData[][] {
	return [
		runItemStep(this, items, (json, index) =>
			setDeadline(json, readDeadlinePolicy(this, index), now),
		),
	];
}
