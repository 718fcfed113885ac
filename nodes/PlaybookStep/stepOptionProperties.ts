import type { INodeProperties } from 'n8n-workflow';

import { levelOptions } from './deadlinePolicyProperties';

function pollInterval(level: string, label: string, fallback: string): INodeProperties {
	return {
		displayName: `Poll Interval: ${label}`,
		name: `poll${label}`,
		type: 'string',
		default: fallback,
		description: `How often to poll sources while a ${level} incident is open, e.g. 2m or 1h`,
	};
}

/** What each operation reads, and the settings only one operation has. */
export const stepOptionProperties: INodeProperties[] = [
	{
		displayName:
			'Reads all input items together (mentions, and the incident from Crisis Score with its sample mentions) and emits one item: the brief as Markdown, Slack blocks and a ticket.',
		name: 'assessNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { operation: ['assess'] } },
	},
	{
		displayName:
			'Reads all input items together (cases, or mentions and incidents carrying a case). Alerts already raised by an earlier run are known from the case timeline, so store the cases back (e.g. in a Data Table) between runs.',
		name: 'checkDeadlinesNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { operation: ['checkDeadlines'] } },
	},
	{
		displayName:
			'Reads all input items together. Inside an incident (an incident item or a carried case in the input) every task goes on that case; otherwise each mention gets its own case.',
		name: 'respondNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { operation: ['respondToEvery'] } },
	},
	{
		displayName: 'Reads all input items together (the incident and its mentions) and emits one watch plan.',
		name: 'watchNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { operation: ['watch'] } },
	},
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
				description: 'The trend compares the last window before now with the one before, e.g. 30m or 1h',
			},
		],
	},
	{
		displayName: 'Only New Alerts',
		name: 'onlyNewAlerts',
		type: 'boolean',
		default: true,
		description: 'Whether to leave out alerts an earlier run already raised (the case timeline records them)',
		displayOptions: { show: { operation: ['checkDeadlines'] } },
	},
	{
		displayName: 'Warning Window',
		name: 'warningWindow',
		type: 'string',
		default: '25%',
		description: 'How long before a due time to warn: a share of the allowed time (25%) or a duration (10m)',
		displayOptions: { show: { operation: ['checkDeadlines'] } },
	},
	{
		displayName: 'Responded At',
		name: 'respondedAt',
		type: 'string',
		default: '',
		placeholder: 'e.g. 2025-03-07T14:20:00Z',
		description: 'When the reply went out (ISO 8601); empty means now. The first recorded time stays.',
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
				description: 'Whether mentions Crisis Score did not score (other languages) get a task, so a person looks at them',
			},
			{
				displayName: 'Minimum Level',
				name: 'minLevel',
				type: 'options',
				options: levelOptions,
				default: 'high',
				description: 'Mentions at or above this level get a task even when they are not negative',
			},
		],
	},
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
