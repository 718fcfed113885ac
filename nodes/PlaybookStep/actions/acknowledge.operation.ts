import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { acknowledge } from '../../core/playbook';
import { readMessageOptions } from '../descriptions/messageOptions';
import { runItemStep } from '../execution/runItemStep';

/** Acknowledge: an apology and a holding statement per item. Its parameters are the shared message settings (descriptions/messageOptions.ts). */
export function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	now: Date,
): INodeExecutionData[][] {
	return [
		runItemStep(this, items, (json, index) =>
			acknowledge(json, readMessageOptions(this, index), now),
		),
	];
}
