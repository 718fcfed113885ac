import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { assess, type AssessOptions, type LanguageOption } from '../../core/playbook';
import { readObject, text, whole } from '../descriptions/readParameters';
import { runBatchSummary } from '../execution/runBatchSummary';

/** Assess: one situation brief over all input items (an incident's sample mentions included). */

export const notice: INodeProperties = {
	displayName:
		'Reads all input items together (mentions, and the incident from Crisis Score with its sample mentions) and emits one item: the brief as Markdown, Slack blocks and a ticket.',
	name: 'assessNotice',
	type: 'notice',
	default: '',
	displayOptions: { show: { operation: ['assess'] } },
};

export const description: INodeProperties[] = [
	{
		displayName: 'Assess Options',
		name: 'assessOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { operation: ['assess'] } },
		options: [
			{
				displayName: 'Representative Mentions',
				name: 'samples',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 3,
				description: 'How many sample posts the brief quotes',
			},
			{
				displayName: 'Trend Window',
				name: 'trendWindow',
				type: 'string',
				default: '1h',
				description:
					'The trend compares the last window before now with the one before, e.g. 30m or 1h',
			},
		],
	},
];

function readAssessOptions(context: IExecuteFunctions): AssessOptions {
	const options = readObject(context, 'assessOptions', 0);
	return {
		language: context.getNodeParameter('language', 0, 'auto') as LanguageOption,
		timeZone: text(context.getNodeParameter('timeZone', 0, '')),
		trendWindow: text(options.trendWindow),
		samples: whole(options.samples),
	};
}

export function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	now: Date,
): INodeExecutionData[][] {
	return [runBatchSummary(this, items, (batch) => assess(batch, readAssessOptions(this), now))];
}
