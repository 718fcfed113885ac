import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { toNodeError } from './toNodeError';

/**
 * One input item failed. With Continue On Fail it comes out as the input item's JSON plus `error`, paired
 * with that item; otherwise the node fails, naming the item.
 */
export function failedItem(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
	itemIndex: number,
	error: unknown,
): INodeExecutionData {
	const nodeError = toNodeError(context.getNode(), error, itemIndex);
	if (!context.continueOnFail()) throw nodeError;
	return {
		json: { ...items[itemIndex].json, error: nodeError.message },
		pairedItem: { item: itemIndex },
	};
}

/** The whole batch failed (a bad setting, say): with Continue On Fail every input item reports it, otherwise the node fails. */
export function everyItemFailed(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
	error: unknown,
): INodeExecutionData[] {
	const nodeError = toNodeError(context.getNode(), error);
	if (!context.continueOnFail()) throw nodeError;
	return items.map((item, itemIndex) => ({
		json: { ...item.json, error: nodeError.message },
		pairedItem: { item: itemIndex },
	}));
}
