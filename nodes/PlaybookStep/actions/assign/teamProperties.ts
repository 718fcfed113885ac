import type { INodeProperties } from 'n8n-workflow';

import { weekdayOptions } from '../../descriptions/weekdayOptions';
import { showForAssign } from './showForAssign';

/** Who is on duty when a rule names no owner, and the people rules, the rota and escalation chains name. */
export const teamProperties: INodeProperties[] = [
	{
		displayName: 'On-Call Rota',
		name: 'onCallRota',
		type: 'fixedCollection',
		placeholder: 'Add Shift',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		description:
			'Who owns a case when the rule names no owner; the first shift on duty (in Time Zone) wins',
		displayOptions: showForAssign,
		options: [
			{
				displayName: 'Shift',
				name: 'shift',
				values: [
					{
						displayName: 'Days',
						name: 'days',
						type: 'multiOptions',
						options: weekdayOptions,
						default: [1, 2, 3, 4, 5],
						description: 'A shift past midnight belongs to the day it starts',
					},
					{
						displayName: 'From',
						name: 'from',
						type: 'string',
						default: '09:00',
						description: 'HH:mm local time',
					},
					{
						displayName: 'Person',
						name: 'person',
						type: 'string',
						default: '',
						description: 'Person ID on duty (required)',
					},
					{
						displayName: 'Team',
						name: 'team',
						type: 'string',
						default: '',
						description: 'Team this shift covers; empty covers every team',
					},
					{
						displayName: 'To',
						name: 'to',
						type: 'string',
						default: '18:00',
						description: 'HH:mm local time; earlier than From means the shift runs past midnight',
					},
				],
			},
		],
	},
	{
		displayName: 'Team Members',
		name: 'teamMembers',
		type: 'fixedCollection',
		placeholder: 'Add Member',
		typeOptions: { multipleValues: true },
		default: {},
		description:
			'Contact details and authority of the people named in rules, the rota and escalation chains',
		displayOptions: showForAssign,
		options: [
			{
				displayName: 'Member',
				name: 'member',
				values: [
					{
						displayName: 'Authority',
						name: 'authority',
						type: 'options',
						options: [
							{ name: 'May Publish Without Approval', value: 'publish' },
							{ name: 'Needs Approval', value: 'approval' },
						],
						default: 'approval',
					},
					{
						displayName: 'E-Mail',
						name: 'email',
						type: 'string',
						placeholder: 'name@email.com',
						default: '',
						description: 'Gets the assignment e-mail (the email payload)',
					},
					{
						displayName: 'Handle',
						name: 'handle',
						type: 'string',
						default: '',
						description: 'Chat handle, e.g. a Slack member ID',
					},
					{
						displayName: 'ID',
						name: 'id',
						type: 'string',
						default: '',
						description:
							'How rules, the rota and escalation chains refer to this person (required)',
					},
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
					},
				],
			},
		],
	},
];
