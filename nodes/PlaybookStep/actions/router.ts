import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PlaybookOperation } from '../descriptions/operationProperty';
import * as acknowledge from './acknowledge.operation';
import * as assess from './assess.operation';
import * as assign from './assign/assign.operation';
import * as checkDeadlines from './checkDeadlines.operation';
import * as recordResponse from './recordResponse.operation';
import * as respondToEvery from './respondToEvery.operation';
import * as setDeadline from './setDeadline.operation';
import * as takePrivate from './takePrivate.operation';
import * as watch from './watch.operation';

type OperationExecute = (
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	now: Date,
) => INodeExecutionData[][];

// A Map: the operation name comes from the saved workflow, so it must not reach an object's prototype.
const OPERATIONS = new Map<PlaybookOperation, OperationExecute>([
	['acknowledge', acknowledge.execute],
	['assess', assess.execute],
	['assign', assign.execute],
	['checkDeadlines', checkDeadlines.execute],
	['recordResponse', recordResponse.execute],
	['respondToEvery', respondToEvery.execute],
	['setDeadline', setDeadline.execute],
	['takePrivate', takePrivate.execute],
	['watch', watch.execute],
]);

/** Runs the chosen operation over the node's input items. */
export function router(this: IExecuteFunctions): INodeExecutionData[][] {
	const items = this.getInputData();
	const operation = this.getNodeParameter('operation', 0) as PlaybookOperation;
	const now = new Date();
	const execute = OPERATIONS.get(operation);
	if (!execute) {
		throw new NodeOperationError(this.getNode(), `Unknown operation "${operation as string}"`, {
			description:
				'Pick an operation from the list; this workflow may come from a newer version of the package.',
		});
	}
	return execute.call(this, items, now);
}
