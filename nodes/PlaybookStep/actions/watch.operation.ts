import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { RiskLevel } from '../../core/scoring/CrisisScore';
import { watch, type WatchOptions } from '../../core/playbook';
import { readObject, text, whole } from '../descriptions/readParameters';
import { runBatchSummary } from '../execution/runBatchSummary';

/** Watch: one watch plan (keywords, hashtags, authors, poll intervals) over all input items. */

function pollInterval(level: string, label: string, fallback: string): INodeProperties {
	return {
		displayName: `Poll Interval: ${label}`,
		name: `poll${label}`,
		type: 'string',
		default: fallback,
		description: `How often to poll sources while a ${level} incident is open, e.g. 2m or 1h`,
	};
}

export const notice: INodeProperties = {
	displayName:
		'Reads all input items together (the incident and its mentions) and emits one watch plan.',
	name: 'watchNotice',
	type: 'notice',
	default: '',
	displayOptions: { show: { operation: ['watch'] } },
};

export const description: INodeProperties[] = [
	{
		displayName: 'Watch Options',
		name: 'watchOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { operation: ['watch'] } },
		options: [
			{
				displayName: 'Max Authors',
				name: 'maxAuthors',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 10,
			},
			{
				displayName: 'Max Hashtags',
				name: 'maxHashtags',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 10,
			},
			{
				displayName: 'Max Keywords',
				name: 'maxKeywords',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 10,
			},
			{
				displayName: 'Min Mentions per Keyword',
				name: 'minMentions',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 2,
				description: 'A keyword must appear in at least this many mentions',
			},
			pollInterval('critical', 'Critical', '2m'),
			pollInterval('high', 'High', '5m'),
			pollInterval('low', 'Low', '1h'),
			pollInterval('medium', 'Medium', '15m'),
		],
	},
];

function readWatchOptions(context: IExecuteFunctions): WatchOptions {
	const options = readObject(context, 'watchOptions', 0);
	const pollIntervals: NonNullable<WatchOptions['pollIntervals']> = {};
	for (const [level, name] of [
		['critical', 'pollCritical'],
		['high', 'pollHigh'],
		['medium', 'pollMedium'],
		['low', 'pollLow'],
	] as Array<[RiskLevel, string]>) {
		const interval = text(options[name]);
		if (interval) pollIntervals[level] = interval;
	}
	return {
		brand: text(context.getNodeParameter('brand', 0, '')),
		maxKeywords: whole(options.maxKeywords),
		maxHashtags: whole(options.maxHashtags),
		maxAuthors: whole(options.maxAuthors),
		minMentions: whole(options.minMentions),
		pollIntervals,
	};
}

export function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	now: Date,
): INodeExecutionData[][] {
	return [runBatchSummary(this, items, (batch) => watch(batch, readWatchOptions(this), now))];
}
