import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { LanguageOption, MessageOptions, Tone } from '../../core/playbook';
import { readDeadlinePolicy } from './deadlinePolicy';
import { DRAFTING_OPERATIONS } from './draftingOperations';
import { readObject, text } from './readParameters';
import { readTemplateOverrides } from './templateOverrides';

/** Language, tone, where to continue, brand and Message Options for the steps that draft public text. */
export const messageProperties: INodeProperties[] = [
	{
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: [
			{
				name: 'Auto (The Case Language)',
				value: 'auto',
				description:
					"The case's language, decided once when it opens: Turkish when most of its mentions are Turkish, else English",
			},
			{ name: 'English', value: 'en' },
			{ name: 'Turkish', value: 'tr' },
		],
		default: 'auto',
		description:
			'Language of the drafts and the brief. English or Turkish applies to this step only; every step on Auto of one case writes the same language.',
		displayOptions: { show: { operation: ['assess', ...DRAFTING_OPERATIONS] } },
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
		displayOptions: { show: { operation: DRAFTING_OPERATIONS } },
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
		displayOptions: { show: { operation: ['watch', ...DRAFTING_OPERATIONS] } },
	},
	{
		displayName: 'Message Options',
		name: 'messageOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { operation: DRAFTING_OPERATIONS } },
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
				description:
					'What went wrong in your words, for {{issue}}. Empty: taken from the top complaint category.',
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
];

/** Language, tone, brand, Message Options, Template Overrides and the deadline calendar for the drafting steps. */
export function readMessageOptions(context: IExecuteFunctions, index: number): MessageOptions {
	const options = readObject(context, 'messageOptions', index);
	return {
		language: context.getNodeParameter('language', index, 'auto') as LanguageOption,
		tone: context.getNodeParameter('tone', index, 'formal') as Tone,
		brand: text(context.getNodeParameter('brand', index, '')),
		...readTemplateOverrides(context, index),
		deadlines: readDeadlinePolicy(context, index),
		issue: text(options.issue),
		nextUpdateEvery: text(options.nextUpdateEvery),
		supportEmail: text(options.supportEmail),
		supportPhone: text(options.supportPhone),
		dmHandle: text(options.dmHandle),
	};
}

export function readMessageOption(
	context: IExecuteFunctions,
	name: string,
	index: number,
): string | undefined {
	return text(readObject(context, 'messageOptions', index)[name]);
}
