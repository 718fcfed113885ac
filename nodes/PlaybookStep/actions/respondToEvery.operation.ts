import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { respondToEvery, type RespondToEveryOptions } from '../../core/playbook';
import type { RiskLevel } from '../../core/scoring/CrisisScore';
import { readMessageOptions } from '../descriptions/messageOptions';
import { readObject } from '../descriptions/readParameters';
import { riskLevelOptions } from '../descriptions/riskLevelOptions';
import { expandIncidentSamples } from '../execution/expandIncidentSamples';
import { stepOutput } from '../execution/stepOutput';
import { failedBatch, failedItems } from '../failures/failedItems';

export const notice: INodeProperties = {
	displayName:
		'Reads all input items together. Inside an incident (an incident item or a carried case in the input) every task goes on that case; otherwise each mention gets its own case.',
	name: 'respondNotice',
	type: 'notice',
	default: '',
	displayOptions: { show: { operation: ['respondToEvery'] } },
};

export const description: INodeProperties[] = [
	{
		displayName: 'Response Options',
		name: 'respondOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { operation: ['respondToEvery'] } },
		options: [
			{
				displayName: 'Include Unscored Mentions',
				name: 'includeUnscored',
				type: 'boolean',
				default: true,
				description:
					'Whether mentions Crisis Score did not score (other languages) get a task, so a person looks at them',
			},
			{
				displayName: 'Minimum Level',
				name: 'minLevel',
				type: 'options',
				options: riskLevelOptions,
				default: 'high',
				description: 'Mentions at or above this level get a task even when they are not negative',
			},
		],
	},
];

function readRespondOptions(context: IExecuteFunctions): RespondToEveryOptions {
	const options = readObject(context, 'respondOptions', 0);
	return {
		...readMessageOptions(context, 0),
		minLevel: options.minLevel as RiskLevel | undefined,
		includeUnscored:
			typeof options.includeUnscored === 'boolean' ? options.includeUnscored : undefined,
	};
}

/**
 * Respond to Every Mention: a task item per mention that needs a reply (first output) and the mentions
 * that do not, with the reason (second output), so every mention is accounted for.
 */
export function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	now: Date,
): INodeExecutionData[][] {
	const batch = expandIncidentSamples(items);
	let result: ReturnType<typeof respondToEvery>;
	try {
		result = respondToEvery(
			batch.map((entry) => entry.json),
			readRespondOptions(this),
			now,
		);
	} catch (error) {
		return [failedBatch(this, items, batch, error), []];
	}
	const tasks = result.tasks.map(({ index, ...task }) => ({
		json: stepOutput(batch[index].json, task),
		pairedItem: { item: batch[index].origin },
	}));
	const skipped = result.skipped.map(({ index, reason }) => ({
		json: stepOutput(batch[index].json, { reason }),
		pairedItem: { item: batch[index].origin },
	}));
	return [[...tasks, ...failedItems(this, items, batch, result.errors)], skipped];
}
