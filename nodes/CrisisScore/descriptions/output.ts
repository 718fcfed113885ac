import type { INodeProperties } from 'n8n-workflow';

/** Level outputs or one output, for both operations; configuredOutputs reads it for the editor. */
export const outputProperty: INodeProperties = {
	displayName: 'Output',
	name: 'routing',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Route by Level',
			value: 'byLevel',
			description: 'Four outputs: Critical, High, Medium, Low',
		},
		{ name: 'Single Output', value: 'single', description: 'All items on one output' },
	],
	default: 'byLevel',
};
