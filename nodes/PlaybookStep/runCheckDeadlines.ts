import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { checkDeadlines } from '../core/playbook/checkDeadlines';
import type { BatchEntry } from './expandIncidentSamples';
import { failedBatch, failedItems } from './failedItems';
import { readCheckDeadlinesOptions } from './readStepOptions';
import { stepOutput } from './stepOutput';

/** Check Deadlines: one item per alert, on the Breached or the Due Soon output, carrying the updated case. */
export function runCheckDeadlines(context: IExecuteFunctions, items: INodeExecutionData[], now: Date): INodeExecutionData[][] {
	// Cases are checked as given: an incident's samples are not cases of their own.
	const batch: BatchEntry[] = items.map((item, origin) => ({ json: item.json, origin, path: '' }));
	const breached: INodeExecutionData[] = [];
	const dueSoon: INodeExecutionData[] = [];
	let result: ReturnType<typeof checkDeadlines>;
	try {
		result = checkDeadlines(
			batch.map((entry) => entry.json),
			readCheckDeadlinesOptions(context),
			now,
		);
	} catch (error) {
		return [failedBatch(context, items, batch, error), []];
	}
	const onlyNew = context.getNodeParameter('onlyNewAlerts', 0, true) as boolean;
	const cases = new Map(result.cases.map((entry) => [entry.index, entry.case]));
	for (const { index, chat, ...alert } of result.alerts) {
		if (onlyNew && !alert.isNew) continue;
		const item = { json: stepOutput(items[index].json, { case: cases.get(index), alert, chat }) as IDataObject, pairedItem: { item: index } };
		(alert.state === 'breached' ? breached : dueSoon).push(item);
	}
	return [[...breached, ...failedItems(context, items, batch, result.errors)], dueSoon];
}
