import type { INodeProperties } from 'n8n-workflow';

import { CATEGORY_NAMES } from '../../../core/scoring/scoringSettings';
import { riskLevelOptions } from '../../descriptions/riskLevelOptions';
import { showForAssign } from './showForAssign';

const categoryOptions = CATEGORY_NAMES.map((name) => ({
	name: name.charAt(0).toUpperCase() + name.slice(1),
	value: name,
}));

const authorityOptions = [
	{
		name: 'From Team Member Settings',
		value: '',
		description: "The owner's own authority under Team Members (else needs approval)",
	},
	{ name: 'May Publish Without Approval', value: 'publish' },
	{ name: 'Needs Approval', value: 'approval' },
];

const escalationChain = {
	displayName: 'Escalation Chain',
	name: 'escalationChain',
	type: 'string',
	default: '',
	placeholder: 'e.g. duty-lead, comms-director',
	description:
		'People to escalate to after the owner, in order, comma-separated; the first one approves replies',
} satisfies INodeProperties;

/** Routing Rules and the route for cases no rule matches. */
export const routingProperties: INodeProperties[] = [
	{
		displayName: 'Routing Rules',
		name: 'routingRules',
		type: 'fixedCollection',
		placeholder: 'Add Rule',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		description:
			'Checked from top to bottom; the first rule whose conditions all match wins. An empty condition matches anything.',
		displayOptions: showForAssign,
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
						description:
							'Whether the owner may publish replies for cases this rule routes without approval',
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
						options: riskLevelOptions,
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
						description:
							'Comma-separated sources of the mention (x, reddit, mastodon, bluesky, youtube, appstore, rss…)',
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
		displayOptions: showForAssign,
	},
	{
		displayName: 'Default Owner',
		name: 'defaultOwner',
		type: 'string',
		default: '',
		description:
			'Person ID for cases no rule matches; empty means whoever is on call for the default team',
		displayOptions: showForAssign,
	},
	{
		...escalationChain,
		name: 'defaultEscalationChain',
		displayName: 'Default Escalation Chain',
		displayOptions: showForAssign,
	},
	{
		displayName: 'Default Authority',
		name: 'defaultAuthority',
		type: 'options',
		options: authorityOptions,
		default: '',
		description: 'Whether the owner of a case no rule matches may publish replies without approval',
		displayOptions: showForAssign,
	},
];
