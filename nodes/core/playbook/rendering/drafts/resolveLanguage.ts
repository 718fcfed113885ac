import { FieldError } from '../../../errors/FieldError';
import type { TemplateLanguage } from '../templates/MessageTemplates';

export type LanguageOption = TemplateLanguage | 'auto';

/** What one step writes in: its Language option when that names a language, else (Auto) the case's language. */
export function resolveLanguage(
	option: LanguageOption | undefined,
	caseLanguage: TemplateLanguage | undefined,
): TemplateLanguage {
	const chosen = option ?? 'auto';
	if (chosen === 'en' || chosen === 'tr') return chosen;
	if (chosen !== 'auto') throw new FieldError('language', 'expected en, tr or auto');
	return caseLanguage ?? 'en';
}
