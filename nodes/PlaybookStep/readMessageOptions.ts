import type { IExecuteFunctions } from 'n8n-workflow';

import type { MessageOptions } from '../core/playbook/MessageOptions';
import type { LanguageOption } from '../core/playbook/resolveLanguage';
import type { TemplateLanguage, TemplateName, TemplateOverrides, Tone } from '../core/playbook/templates/MessageTemplates';
import { readDeadlinePolicy } from './readDeadlinePolicy';
import { entries, readObject, text } from './readParameters';

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

/** Template Overrides → rewrites for every language, and per language (Language: English or Turkish). */
function readTemplateOverrides(context: IExecuteFunctions, index: number): Pick<MessageOptions, 'templates' | 'templatesByLanguage'> {
	const all: TemplateOverrides = {};
	const byLanguage: Partial<Record<TemplateLanguage, TemplateOverrides>> = {};
	for (const entry of entries(context, 'templateOverrides', 'template', index)) {
		const wording = typeof entry.text === 'string' ? entry.text : '';
		if (wording.trim() === '') continue;
		const target = entry.language === 'en' || entry.language === 'tr' ? (byLanguage[entry.language] ??= {}) : all;
		const name = entry.name as TemplateName;
		const tones: Tone[] = entry.tone === 'formal' || entry.tone === 'warm' ? [entry.tone] : ['formal', 'warm'];
		for (const tone of tones) target[name] = { ...target[name], [tone]: wording };
	}
	return {
		templates: Object.keys(all).length > 0 ? all : undefined,
		templatesByLanguage: Object.keys(byLanguage).length > 0 ? byLanguage : undefined,
	};
}

export function readMessageOption(context: IExecuteFunctions, name: string, index: number): string | undefined {
	return text(readObject(context, 'messageOptions', index)[name]);
}
