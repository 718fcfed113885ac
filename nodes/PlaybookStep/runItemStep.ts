import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { errorItem } from './failedItems';
import { describeFailure, toNodeError } from './playbookFailure';
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
			const failure = describeFailure(error);
			if (!context.continueOnFail()) throw toNodeError(context.getNode(), failure, index);
			return errorItem(items, index, failure);
		}
	});
}
