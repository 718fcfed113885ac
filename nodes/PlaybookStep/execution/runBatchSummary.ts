import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { InputFailure } from '../../core/playbook';
import { expandIncidentSamples } from './expandIncidentSamples';
import { failedBatch, failedItems } from '../failures/failedItems';

/**
 * Assess and Watch: the whole input (incident samples included) becomes one item, paired with every
 * input item it was made from; unreadable items fail the node or, with Continue On Fail, follow it.
 */
export function runBatchSummary(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
	step: (batch: IDataObject[]) => { errors: InputFailure[] },
): INodeExecutionData[] {
	const batch = expandIncidentSamples(items);
	let result: { errors: InputFailure[] };
	try {
		result = step(batch.map((entry) => entry.json));
	} catch (error) {
		return failedBatch(context, items, batch, error);
	}
	const { errors, ...summary } = result;
	const failed = failedItems(context, items, batch, errors);
	const unread = new Set(errors.map((error) => error.index));
	const origins = [
		...new Set(batch.filter((_entry, index) => !unread.has(index)).map((entry) => entry.origin)),
	];
	return [
		{ json: summary as IDataObject, pairedItem: origins.map((item) => ({ item })) },
		...failed,
	];
}
