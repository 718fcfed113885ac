import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { assign } from '../../../core/playbook';
import { riskLevelOptions } from '../../descriptions/riskLevelOptions';
import { runItemStep } from '../../execution/runItemStep';
import { readAssignOptions } from './readAssignOptions';
import { routingProperties } from './routingProperties';
import { showForAssign } from './showForAssign';
import { teamProperties } from './teamProperties';

/** Assign: routes each item's case to a team and owner by the rules and the on-call rota. */

export const description: INodeProperties[] = [
	...routingProperties,
	...teamProperties,
	{
		displayName: 'Assign Options',
		name: 'assignOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showForAssign,
		options: [
			{
				displayName: 'Approval Required From Level',
				name: 'approvalFrom',
				type: 'options',
				options: riskLevelOptions,
				default: 'critical',
				description: 'From this level up, replies need approval whatever the owner’s authority',
			},
			{
				displayName: 'Reassign',
				name: 'reassign',
				type: 'boolean',
				default: false,
				description:
					'Whether to ask the rota again even when the case already has an owner in the routed team',
			},
		],
	},
];

export function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	now: Date,
): INodeExecutionData[][] {
	return [
		runItemStep(this, items, (json, index) => assign(json, readAssignOptions(this, index), now)),
	];
}
