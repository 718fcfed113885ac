import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { checkDeadlines, type CheckDeadlinesOptions } from '../../core/playbook';
import { readDeadlinePolicy } from '../descriptions/deadlinePolicy';
import { text } from '../descriptions/readParameters';
import type { BatchEntry } from '../execution/expandIncidentSamples';
import { stepOutput } from '../execution/stepOutput';
import { failedBatch, failedItems } from '../failures/failedItems';

export const notice: INodeProperties = {
	displayName:
		'Reads all input items together (cases, or mentions and incidents carrying a case). Alerts already raised by an earlier run are known from the case timeline, so store the cases back (e.g. in a Data Table) between runs.',
	name: 'checkDeadlinesNotice',
	type: 'notice',
	default: '',
	displayOptions: { show: { operation: ['checkDeadlines'] } },
};

export const description: INodeProperties[] = [
	{
		displayName: 'Only New Alerts',
		name: 'onlyNewAlerts',
		type: 'boolean',
		default: true,
		description:
			'Whether to leave out alerts an earlier run already raised (the case timeline records them)',
		displayOptions: { show: { operation: ['checkDeadlines'] } },
	},
	{
		displayName: 'Warning Window',
		name: 'warningWindow',
		type: 'string',
		default: '25%',
		description:
			'How long before a due time to warn: a share of the allowed time (25%) or a duration (10m)',
		displayOptions: { show: { operation: ['checkDeadlines'] } },
	},
];

function readCheckDeadlinesOptions(context: IExecuteFunctions): CheckDeadlinesOptions {
	return {
		...readDeadlinePolicy(context, 0),
		warningWindow: text(context.getNodeParameter('warningWindow', 0, '')),
	};
}

/** Check Deadlines: one item per alert, on the Breached or the Due Soon output, carrying the updated case. */
export function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	now: Date,
): INodeExecutionData[][] {
	// Cases are checked as given: an incident's samples are not cases of their own.
	const batch: BatchEntry[] = items.map((item, origin) => ({ json: item.json, origin, path: '' }));
	const breached: INodeExecutionData[] = [];
	const dueSoon: INodeExecutionData[] = [];
	let result: ReturnType<typeof checkDeadlines>;
	try {
		result = checkDeadlines(
			batch.map((entry) => entry.json),
			readCheckDeadlinesOptions(this),
			now,
		);
	} catch (error) {
		return [failedBatch(this, items, batch, error), []];
	}
	const onlyNew = this.getNodeParameter('onlyNewAlerts', 0, true) as boolean;
	const cases = new Map(result.cases.map((entry) => [entry.index, entry.case]));
	for (const { index, chat, ...alert } of result.alerts) {
		if (onlyNew && !alert.isNew) continue;
		const item = {
			json: stepOutput(items[index].json, { case: cases.get(index), alert, chat }) as IDataObject,
			pairedItem: { item: index },
		};
		(alert.state === 'breached' ? breached : dueSoon).push(item);
	}
	return [[...breached, ...failedItems(this, items, batch, result.errors)], dueSoon];
}
