import type { INodeProperties } from 'n8n-workflow';

/** Where Detect Crisis keeps its detector between executions, with the set-up each storage needs. */
export const stateStorageProperties: INodeProperties[] = [
	{
		displayName: 'State Storage',
		name: 'stateStorage',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Workflow Static Data',
				value: 'staticData',
				description: 'Kept by n8n with the workflow; for a single n8n process (regular mode)',
			},
			{
				name: 'Data Table (Queue Mode)',
				value: 'dataTable',
				description:
					'One row of an n8n data table, loaded and saved by Data Table nodes around this one; safe with queue-mode workers',
			},
		],
		default: 'staticData',
		description:
			'Where the detector keeps its per-brand baseline and open incidents between executions',
		displayOptions: { show: { operation: ['detect'] } },
	},
	{
		displayName:
			"Crisis detection keeps a small per-brand baseline in this workflow's static data. n8n saves static data only for production executions of an active (published) workflow, not for manual test runs: test runs start from an empty baseline every time. In queue mode, workers start every execution with empty static data: use Data Table storage there.",
		name: 'staticDataNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { operation: ['detect'], stateStorage: ['staticData'] } },
	},
	{
		displayName:
			'Create a data table with two string columns, "key" and "state". Before this node, add a Data Table node (Get Row(s), condition key equals the State Key below, Always Output Data on) named "Load Detector State". Connect the Detector State output to a Data Table node (Upsert Row, condition key equals {{ $json.key }}, map each column automatically). Run executions of one workflow one after another: two at once would both start from the same state.',
		name: 'dataTableNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { operation: ['detect'], stateStorage: ['dataTable'] } },
	},
	{
		displayName: 'Stored State',
		name: 'storedState',
		type: 'string',
		default: '',
		placeholder: "={{ $('Load Detector State').first().json.state }}",
		description:
			'The "state" column of the row the Data Table node loaded; empty when there is no row yet. Damaged state is reset with a notice in the log.',
		displayOptions: { show: { operation: ['detect'], stateStorage: ['dataTable'] } },
	},
	{
		displayName: 'State Key',
		name: 'stateKey',
		type: 'string',
		default: 'crisis-detector',
		description:
			'The "key" of this detector\'s row, written to the Detector State output; use one key per Detect Crisis node sharing a table',
		displayOptions: { show: { operation: ['detect'], stateStorage: ['dataTable'] } },
	},
];
