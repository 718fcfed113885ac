import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { FieldError } from '../../core/errors/FieldError';
import { type InputFailure, readSubject } from '../../core/playbook';
import { everyItemFailed, failedItem } from '../../nodeErrors/failedItems';
import type { BatchEntry } from '../execution/expandIncidentSamples';
import { describeFailure, describeField } from './describeFailure';

/**
 * Items a batch step could not read: with Continue On Fail they come out carrying `error`, otherwise the
 * first one fails the node, pointing at its item.
 */
export function failedItems(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
	batch: BatchEntry[],
	errors: InputFailure[],
): INodeExecutionData[] {
	return errors.map((error) => {
		const entry = batch[error.index];
		const field = entry.path ? `${entry.path}.${error.field}` : error.field;
		return failedItem(context, items, entry.origin, describeField(field, error.detail));
	});
}

/**
 * A failure of the whole step. When nothing in the batch was readable, the items' own errors say why;
 * otherwise (a bad setting) every input item reports it, or the node fails.
 */
export function failedBatch(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
	batch: BatchEntry[],
	error: unknown,
): INodeExecutionData[] {
	if (error instanceof FieldError && error.field === 'items') {
		const unreadable = batch.flatMap((entry, index): InputFailure[] => {
			try {
				readSubject(entry.json);
				return [];
			} catch (cause) {
				return cause instanceof FieldError
					? [{ index, field: cause.field, detail: cause.detail }]
					: [];
			}
		});
		if (unreadable.length > 0) return failedItems(context, items, batch, unreadable);
	}
	return everyItemFailed(context, items, describeFailure(error));
}
