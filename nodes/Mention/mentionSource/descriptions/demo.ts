import type { INodeProperties } from 'n8n-workflow';

import { onlyFor } from './onlyFor';

/** Demo: the crisis scenario the built-in stream tells. */
export const demoProperties: INodeProperties[] = [
	{
		displayName: 'Demo Crisis',
		name: 'demoCrisis',
		type: 'options',
		options: [
			{
				name: 'Data Leak',
				value: 'data-leak',
				description: 'A privacy incident: leaked customer data',
			},
			{
				name: 'Delivery Outage',
				value: 'delivery-outage',
				description: 'Orders stuck, refunds refused',
			},
			{ name: 'None', value: 'none', description: 'Only everyday chatter' },
		],
		default: 'delivery-outage',
		description:
			'A scenario that bursts in the demo stream so every template has something to catch. Mention Fetch with Since 0 tells it as one story up to now (chatter, scattered complaints, then a surge); with Since N hours, and in Mention Trigger, it recurs every two hours in a live stream that never repeats a post.',
		displayOptions: onlyFor('demo'),
	},
];
