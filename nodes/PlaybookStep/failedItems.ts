import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { PlaybookInputError } from '../core/playbook/PlaybookInputError';
import { readSubject } from '../core/playbook/readSubject';
import type { BatchEntry } from './expandIncidentSamples';
import { describeFailure, describeField, toNodeError, type PlaybookFailure } from './playbookFailure';

export interface EntryError {
	/** Index into the batch the core read. */
	index: number;
	field: string;
	message: string;
}

/**
 * Items a batch step could not read: with Continue On Fail they come out carrying `error`, otherwise the
 * first one fails the node, pointing at its item.
 */
export function failedItems(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
	batch: BatchEntry[],
	errors: EntryError[],
): INodeExecutionData[] {
	const failures = errors.map((error) => {
		const entry = batch[error.index];
		const detail = error.message.startsWith(`${error.field}: `) ? error.message.slice(error.field.length + 2) : error.message;
		return { origin: entry.origin, failure: describeField(entry.path ? `${entry.path}.${error.field}` : error.field, detail) };
	});
	if (failures.length === 0) return [];
	if (!context.continueOnFail()) throw toNodeError(context.getNode(), failures[0].failure, failures[0].origin);
	return failures.map(({ origin, failure }) => errorItem(items, origin, failure));
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
	if (error instanceof PlaybookInputError && error.field === 'items') {
		const unreadable = batch.flatMap((entry, index): EntryError[] => {
			try {
				readSubject(entry.json);
				return [];
			} catch (cause) {
				return cause instanceof PlaybookInputError ? [{ index, field: cause.field, message: cause.message }] : [];
			}
		});
		if (unreadable.length > 0) return failedItems(context, items, batch, unreadable);
	}
	const failure = describeFailure(error);
	if (!context.continueOnFail()) throw toNodeError(context.getNode(), failure);
	return items.map((_item, index) => errorItem(items, index, failure));
}

export function errorItem(items: INodeExecutionData[], index: number, failure: PlaybookFailure): INodeExecutionData {
	return { json: { ...items[index].json, error: failure.message }, pairedItem: { item: index } };
}
