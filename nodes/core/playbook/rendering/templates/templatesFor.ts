import type { MessageOptions } from '../drafts/MessageOptions';
import type { TemplateLanguage, TemplateName, TemplateOverrides } from './MessageTemplates';

/** The user's rewrites that apply to drafts in `language`: those for every language, then that language's own on top. */
export function templatesFor(
	options: Pick<MessageOptions, 'templates' | 'templatesByLanguage'>,
	language: TemplateLanguage,
): TemplateOverrides | undefined {
	const own = options.templatesByLanguage?.[language];
	if (!own) return options.templates;
	const merged: TemplateOverrides = { ...options.templates };
	for (const [name, tones] of Object.entries(own) as Array<
		[TemplateName, TemplateOverrides[TemplateName]]
	>) {
		merged[name] = { ...merged[name], ...tones };
	}
	return merged;
}
