import { renderTemplate } from '../renderTemplate';
import type { LanguagePack, Placeholder, TemplateName, Tone } from './MessageTemplates';
import { TEMPLATE_PLACEHOLDERS } from './MessageTemplates';

/** One public text from the pack, filled; errors name the template the user would have to fix. */
export function renderMessage(
	pack: LanguagePack,
	name: TemplateName,
	tone: Tone,
	values: Readonly<Record<Placeholder, string | undefined>>,
): string {
	return renderTemplate(pack.templates[name][tone], values, {
		name: `templates.${name}.${tone}`,
		known: TEMPLATE_PLACEHOLDERS,
		sentenceCase: { names: ['issue'], locale: pack.locale },
	});
}
