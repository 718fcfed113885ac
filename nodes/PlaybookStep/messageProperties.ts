import type { INodeProperties } from 'n8n-workflow';

import { TEMPLATE_PLACEHOLDERS } from '../core/playbook/templates/MessageTemplates';

const DRAFTING = ['respondToEvery', 'acknowledge', 'takePrivate'];
const placeholderList = TEMPLATE_PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ');

/** Language, tone, brand and the user's own wording for the steps that draft public text. */
export const messageProperties: INodeProperties[] = [
	{
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: [
			{
				name: 'Auto (The Case Language)',
				value: 'auto',
				description: "The case's language, decided once when it opens: Turkish when most of its mentions are Turkish, else English",
			},
			{ name: 'English', value: 'en' },
			{ name: 'Turkish', value: 'tr' },
		],
		default: 'auto',
		description: 'Language of the drafts and the brief. English or Turkish applies to this step only; every step on Auto of one case writes the same language.',
		displayOptions: { show: { operation: ['assess', ...DRAFTING] } },
	},
	{
		displayName: 'Tone',
		name: 'tone',
		type: 'options',
		options: [
			{ name: 'Formal', value: 'formal' },
			{ name: 'Warm', value: 'warm' },
		],
		default: 'formal',
		displayOptions: { show: { operation: DRAFTING } },
	},
	{
		displayName: 'Continue By',
		name: 'via',
		type: 'options',
		options: [
			{ name: 'Direct Message', value: 'dm', description: 'Needs DM Handle under Message Options' },
			{ name: 'E-Mail', value: 'email', description: 'Needs Support E-Mail under Message Options' },
			{ name: 'Phone', value: 'phone', description: 'Needs Support Phone under Message Options' },
		],
		default: 'dm',
		description: 'Where the public reply asks the person to continue the conversation',
		displayOptions: { show: { operation: ['takePrivate'] } },
	},
	{
		displayName: 'Brand',
		name: 'brand',
		type: 'string',
		default: '',
		placeholder: 'e.g. Acme',
		description:
			'Brand name for {{brand}} in drafts and left out of watch keywords. Empty: the brand on the mention or incident.',
		displayOptions: { show: { operation: ['watch', ...DRAFTING] } },
	},
	{
		displayName: 'Message Options',
		name: 'messageOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { operation: DRAFTING } },
		options: [
			{
				displayName: 'DM Handle',
				name: 'dmHandle',
				type: 'string',
				default: '',
				placeholder: 'e.g. @AcmeHelp',
				description: 'The account people should message, for {{dmHandle}}',
			},
			{
				displayName: 'Issue',
				name: 'issue',
				type: 'string',
				default: '',
				placeholder: 'e.g. the late deliveries in Izmir',
				description: 'What went wrong in your words, for {{issue}}. Empty: taken from the top complaint category.',
			},
			{
				displayName: 'Next Update Every',
				name: 'nextUpdateEvery',
				type: 'string',
				default: '1h',
				description:
					'How often the case promises a public update (e.g. 30m, 1h), for {{nextUpdate}}. The first draft of a case sets the time; every later draft repeats it until it has passed.',
			},
			{
				displayName: 'Notify E-Mail',
				name: 'notifyEmail',
				type: 'string',
				placeholder: 'e.g. support-team@example.com',
				default: '',
				description: 'Team inbox that gets the case by e-mail (the email payload)',
				displayOptions: { show: { '/operation': ['takePrivate'] } },
			},
			{
				displayName: 'Support E-Mail',
				name: 'supportEmail',
				type: 'string',
				placeholder: 'e.g. help@example.com',
				default: '',
				description: 'For {{email}}',
			},
			{
				displayName: 'Support Phone',
				name: 'supportPhone',
				type: 'string',
				default: '',
				placeholder: 'e.g. +90 212 000 00 00',
				description: 'For {{phone}}',
			},
		],
	},
	{
		displayName: 'Template Overrides',
		name: 'templateOverrides',
		type: 'fixedCollection',
		placeholder: 'Rewrite a Template',
		typeOptions: { multipleValues: true },
		default: {},
		description: `Your own wording for a built-in text. Placeholders: ${placeholderList}.`,
		displayOptions: { show: { operation: DRAFTING } },
		options: [
			{
				displayName: 'Template',
				name: 'template',
				values: [
					{
						displayName: 'Language',
						name: 'language',
						type: 'options',
						options: [
							{ name: 'All Languages', value: '' },
							{ name: 'English', value: 'en' },
							{ name: 'Turkish', value: 'tr' },
						],
						default: '',
						description: 'Drafts in which language use this wording; a language-specific one wins over All Languages',
					},
					{
						displayName: 'Template',
						name: 'name',
						type: 'options',
						options: [
							{ name: 'Apology Reply (To a Mention)', value: 'apologyReply' },
							{ name: 'Apology Statement (Public, for an Incident)', value: 'apologyStatement' },
							{ name: 'Contact Request (Private Message)', value: 'contactRequest' },
							{ name: 'Holding Statement', value: 'holdingStatement' },
							{ name: 'Private Reply: Direct Message', value: 'privateReplyDm' },
							{ name: 'Private Reply: E-Mail', value: 'privateReplyEmail' },
							{ name: 'Private Reply: Phone', value: 'privateReplyPhone' },
							{ name: 'Response Reply (First Reply to a Mention)', value: 'responseReply' },
						],
						default: 'apologyReply',
					},
					{
						displayName: 'Text',
						name: 'text',
						type: 'string',
						typeOptions: { rows: 4 },
						default: '',
						placeholder: 'e.g. {{author}}, we got {{issue}} wrong. Case {{caseId}}, update by {{nextUpdate}}.',
					},
					{
						displayName: 'Tone',
						name: 'tone',
						type: 'options',
						options: [
							{ name: 'Both Tones', value: 'both' },
							{ name: 'Formal', value: 'formal' },
							{ name: 'Warm', value: 'warm' },
						],
						default: 'both',
					},
				],
			},
		],
	},
];
