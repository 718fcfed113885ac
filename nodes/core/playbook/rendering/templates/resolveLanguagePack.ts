import { FieldError } from '../../../errors/FieldError';
import { en } from './en';
import type { LanguagePack, TemplateLanguage, TemplateOverrides, Tone } from './MessageTemplates';
import { TEMPLATE_NAMES } from './MessageTemplates';
import { tr } from './tr';

const PACKS: Record<TemplateLanguage, LanguagePack> = { en, tr };

/** The built-in pack for the language with the user's rewritten templates laid over it. */
export function resolveLanguagePack(
	language: TemplateLanguage,
	overrides: TemplateOverrides | undefined,
): LanguagePack {
	const base = PACKS[language];
	if (!overrides) return base;
	const templates = { ...base.templates };
	for (const [name, tones] of Object.entries(overrides)) {
		if (!(TEMPLATE_NAMES as readonly string[]).includes(name)) {
			throw new FieldError(
				`templates.${name}`,
				`unknown template; known templates: ${TEMPLATE_NAMES.join(', ')}`,
			);
		}
		const key = name as keyof typeof templates;
		const merged: Record<Tone, string> = { ...templates[key] };
		for (const tone of ['formal', 'warm'] as const) {
			const text = tones?.[tone];
			if (text === undefined || text === '') continue;
			if (typeof text !== 'string')
				throw new FieldError(`templates.${name}.${tone}`, 'expected text');
			merged[tone] = text;
		}
		templates[key] = merged;
	}
	return { ...base, templates };
}
