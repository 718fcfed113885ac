import { escapePlainText, escapeReplyValue } from '../escaping/escapePlainText';
import { renderTemplate } from './renderTemplate';
import type { LanguagePack, Placeholder, TemplateName, Tone } from './MessageTemplates';
import { TEMPLATE_PLACEHOLDERS } from './MessageTemplates';

/**
 * One public text from the pack, filled; errors name the template the user would have to fix. Public
 * replies are plain text: every value is one line without hidden characters, and the whole is capped.
 */
export function renderMessage(
	pack: LanguagePack,
	name: TemplateName,
	tone: Tone,
	values: Readonly<Record<Placeholder, string | undefined>>,
): string {
	const text = renderTemplate(pack.templates[name][tone], values, {
		name: `templates.${name}.${tone}`,
		known: TEMPLATE_PLACEHOLDERS,
		escape: escapeReplyValue,
		sentenceCase: { names: ['issue'], locale: pack.locale },
	});
	return escapePlainText(text);
}
