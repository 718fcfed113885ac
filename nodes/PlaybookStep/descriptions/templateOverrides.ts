import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	type MessageOptions,
	TEMPLATE_PLACEHOLDERS,
	type TemplateLanguage,
	type TemplateName,
	type TemplateOverrides,
	type Tone,
} from '../../core/playbook';
import { DRAFTING_OPERATIONS } from './draftingOperations';
import { entries } from './readParameters';

const placeholderList = TEMPLATE_PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ');

/** The user's own wording for a built-in text, per template, language and tone. */
export const templateOverridesProperty: INodeProperties = {
	displayName: 'Template Overrides',
	name: 'templateOverrides',
	type: 'fixedCollection',
	placeholder: 'Rewrite a Template',
	typeOptions: { multipleValues: true },
	default: {},
	description: `Your own wording for a built-in text. Placeholders: ${placeholderList}.`,
	displayOptions: { show: { operation: DRAFTING_OPERATIONS } },
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
					description:
						'Drafts in which language use this wording; a language-specific one wins over All Languages',
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
					placeholder:
						'e.g. {{author}}, we got {{issue}} wrong. Case {{caseId}}, update by {{nextUpdate}}.',
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
};

/** Template Overrides → rewrites for every language, and per language (Language: English or Turkish). */
export function readTemplateOverrides(
	context: IExecuteFunctions,
	index: number,
): Pick<MessageOptions, 'templates' | 'templatesByLanguage'> {
	const all: TemplateOverrides = {};
	const byLanguage: Partial<Record<TemplateLanguage, TemplateOverrides>> = {};
	for (const entry of entries(context, 'templateOverrides', 'template', index)) {
		const wording = typeof entry.text === 'string' ? entry.text : '';
		if (wording.trim() === '') continue;
		const target =
			entry.language === 'en' || entry.language === 'tr'
				? (byLanguage[entry.language] ??= {})
				: all;
		const name = entry.name as TemplateName;
		const tones: Tone[] =
			entry.tone === 'formal' || entry.tone === 'warm' ? [entry.tone] : ['formal', 'warm'];
		for (const tone of tones) target[name] = { ...target[name], [tone]: wording };
	}
	return {
		templates: Object.keys(all).length > 0 ? all : undefined,
		templatesByLanguage: Object.keys(byLanguage).length > 0 ? byLanguage : undefined,
	};
}
