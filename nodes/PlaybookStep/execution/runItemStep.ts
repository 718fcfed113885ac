import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { failedItem } from '../../nodeErrors/failedItems';
import { describeFailure } from '../failures/describeFailure';
import { stepOutput } from './stepOutput';

/** Set Deadline, Assign, Acknowledge, Take Private: one output item per input item, its settings read for that item. */
export function runItemStep(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
	step: (json: IDataObject, index: number) => object,
): INodeExecutionData[] {
	return items.map((item, index) => {
		try {
			return { json: stepOutput(item.json, step(item.json, index)), pairedItem: { item: index } };
		} catch (error) {
			return failedItem(context, items, index, describeFailure(error));
		}
	});
}
