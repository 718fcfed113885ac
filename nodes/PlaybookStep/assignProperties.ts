import type { INodeProperties } from 'n8n-workflow';

import { CATEGORY_NAMES } from '../core/scoring/scoringSettings';
import { levelOptions, weekdayOptions } from './deadlinePolicyProperties';

const show = { show: { operation: ['assign'] } };

const categoryOptions = CATEGORY_NAMES.map((name) => ({ name: name.charAt(0).toUpperCase() + name.slice(1), value: name }));

const authorityOptions = [
	{ name: 'From Team Member Settings', value: '', description: "The owner's own authority under Team Members (else needs approval)" },
	{ name: 'May Publish Without Approval', value: 'publish' },
	{ name: 'Needs Approval', value: 'approval' },
];

const escalationChain = {
	displayName: 'Escalation Chain',
	name: 'escalationChain',
	type: 'string',
	default: '',
	placeholder: 'e.g. duty-lead, comms-director',
	description: 'People to escalate to after the owner, in order, comma-separated; the first one approves replies',
} satisfies INodeProperties;

/** Routing rules, default route, on-call rota and team members for Assign. */
export const assignProperties: INodeProperties[] = [
	{
		displayName: 'Routing Rules',
		name: 'routingRules',
		type: 'fixedCollection',
		placeholder: 'Add Rule',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		description: 'Checked from top to bottom; the first rule whose conditions all match wins. An empty condition matches anything.',
		displayOptions: show,
		options: [
			{
				displayName: 'Rule',
				name: 'rule',
				values: [
					{
						displayName: 'Authority',
						name: 'authority',
						type: 'options',
						options: authorityOptions,
						default: '',
						description: 'Whether the owner may publish replies for cases this rule routes without approval',
					},
					{
						displayName: 'Categories',
						name: 'categories',
						type: 'multiOptions',
						options: categoryOptions,
						default: [],
						description: 'Matches when the case has any of these complaint categories',
					},
					escalationChain,
					{
						displayName: 'Languages',
						name: 'languages',
						type: 'string',
						default: '',
						placeholder: 'e.g. tr',
						description: 'Comma-separated language codes of the mention',
					},
					{
						displayName: 'Levels',
						name: 'levels',
						type: 'multiOptions',
						options: levelOptions,
						default: [],
					},
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'e.g. Privacy to legal',
						description: 'Shown in the output as the rule that routed the case',
					},
					{
						displayName: 'Owner',
						name: 'owner',
						type: 'string',
						default: '',
						description: 'A person ID; empty means whoever is on call for the team',
					},
					{
						displayName: 'Sources',
						name: 'sources',
						type: 'string',
						default: '',
						placeholder: 'e.g. x, appstore',
						description: 'Comma-separated sources of the mention (x, reddit, mastodon, bluesky, youtube, appstore, rss…)',
					},
					{
						displayName: 'Team',
						name: 'team',
						type: 'string',
						default: '',
						placeholder: 'e.g. legal',
						description: 'Team that gets the case (required)',
					},
				],
			},
		],
	},
	{
		displayName: 'Default Team',
		name: 'defaultTeam',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. social-care',
		description: 'Team for cases no rule matches',
		displayOptions: show,
	},
	{
		displayName: 'Default Owner',
		name: 'defaultOwner',
		type: 'string',
		default: '',
		description: 'Person ID for cases no rule matches; empty means whoever is on call for the default team',
		displayOptions: show,
	},
	{ ...escalationChain, name: 'defaultEscalationChain', displayName: 'Default Escalation Chain', displayOptions: show },
	{
		displayName: 'Default Authority',
		name: 'defaultAuthority',
		type: 'options',
		options: authorityOptions,
		default: '',
		description: 'Whether the owner of a case no rule matches may publish replies without approval',
		displayOptions: show,
	},
	{
		displayName: 'On-Call Rota',
		name: 'onCallRota',
		type: 'fixedCollection',
		placeholder: 'Add Shift',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		description: 'Who owns a case when the rule names no owner; the first shift on duty (in Time Zone) wins',
		displayOptions: show,
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
		description: 'Contact details and authority of the people named in rules, the rota and escalation chains',
		displayOptions: show,
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
						description: 'How rules, the rota and escalation chains refer to this person (required)',
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
	{
		displayName: 'Assign Options',
		name: 'assignOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'Approval Required From Level',
				name: 'approvalFrom',
				type: 'options',
				options: levelOptions,
				default: 'critical',
				description: 'From this level up, replies need approval whatever the owner’s authority',
			},
			{
				displayName: 'Reassign',
				name: 'reassign',
				type: 'boolean',
				default: false,
				description: 'Whether to ask the rota again even when the case already has an owner in the routed team',
			},
		],
	},
];
