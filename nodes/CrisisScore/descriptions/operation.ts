import type { INodeProperties } from 'n8n-workflow';

/** Which operation the node runs; the router dispatches on it. */
export const operationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Detect Crisis',
			value: 'detect',
			description:
				'Feed the batch to the crisis detector (volume spikes, slow burns, rising complaints) and emit incidents: an alert is an incident opened or escalated to High or Critical, Medium is a watch; one alert per episode, escalated only when it grows',
			action: 'Detect a crisis',
		},
		{
			name: 'Score Mentions',
			value: 'score',
			description: 'Add a risk score (0–100), level and reasons to every mention',
			action: 'Score mentions',
		},
	],
	default: 'score',
};
