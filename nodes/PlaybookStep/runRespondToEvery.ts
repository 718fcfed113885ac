import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { respondToEvery } from '../core/playbook/respondToEvery';
import { expandIncidentSamples } from './expandIncidentSamples';
import { failedBatch, failedItems } from './failedItems';
import { readRespondOptions } from './readStepOptions';
import { stepOutput } from './stepOutput';

/**
 * Respond to Every Mention: a task item per mention that needs a reply (first output) and the mentions
 * that do not, with the reason (second output), so every mention is accounted for.
 */
export function runRespondToEvery(context: IExecuteFunctions, items: INodeExecutionData[], now: Date): INodeExecutionData[][] {
	const batch = expandIncidentSamples(items);
	let result: ReturnType<typeof respondToEvery>;
	try {
		result = respondToEvery(
			batch.map((entry) => entry.json),
			readRespondOptions(context),
			now,
		);
	} catch (error) {
		return [failedBatch(context, items, batch, error), []];
	}
	const tasks = result.tasks.map(({ index, ...task }) => ({
		json: stepOutput(batch[index].json, task),
		pairedItem: { item: batch[index].origin },
	}));
	const skipped = result.skipped.map(({ index, reason }) => ({
		json: stepOutput(batch[index].json, { reason }),
		pairedItem: { item: batch[index].origin },
	}));
	return [[...tasks, ...failedItems(context, items, batch, result.errors)], skipped];
}
