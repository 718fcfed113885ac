import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { recordResponse, type RecordResponseOptions } from '../../core/playbook';
import { text } from '../descriptions/readParameters';
import { runItemStep } from '../execution/runItemStep';

/** Record Response: a reply went out (or the case is closed), per item. */

export const description: INodeProperties[] = [
	{
		displayName: 'Responded At',
		name: 'respondedAt',
		type: 'string',
		default: '',
		placeholder: 'e.g. 2025-03-07T14:20:00Z',
		description:
			'When the reply went out (ISO 8601); empty means now. The first recorded time stays.',
		displayOptions: { show: { operation: ['recordResponse'] } },
	},
	{
		displayName: 'Mention ID',
		name: 'responseMentionId',
		type: 'string',
		default: '',
		placeholder: 'e.g. x:1893',
		description: "The mention whose response task is done; empty means the item's own mention",
		displayOptions: { show: { operation: ['recordResponse'] } },
	},
	{
		displayName: 'Resolve Case',
		name: 'resolveCase',
		type: 'boolean',
		default: false,
		description: 'Whether to also close the case, so Check Deadlines stops watching it',
		displayOptions: { show: { operation: ['recordResponse'] } },
	},
];

function readRecordResponseOptions(
	context: IExecuteFunctions,
	index: number,
): RecordResponseOptions {
	return {
		respondedAt: text(context.getNodeParameter('respondedAt', index, '')),
		mentionId: text(context.getNodeParameter('responseMentionId', index, '')),
		resolve: context.getNodeParameter('resolveCase', index, false) as boolean,
	};
}

export function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	now: Date,
): INodeExecutionData[][] {
	return [
		runItemStep(this, items, (json, index) =>
			recordResponse(json, readRecordResponseOptions(this, index), now),
		),
	];
}
