import { PlaybookInputError } from './PlaybookInputError';
import type { ScoredMention } from './ScoredMention';
import type { TemplateLanguage } from './templates/MessageTemplates';

export type LanguageOption = TemplateLanguage | 'auto';

/** `auto` takes the language most of the mentions are in (Turkish or English), English when none says. */
export function resolveLanguage(option: LanguageOption | undefined, mentions: ScoredMention[]): TemplateLanguage {
	const chosen = option ?? 'auto';
	if (chosen === 'en' || chosen === 'tr') return chosen;
	if (chosen !== 'auto') throw new PlaybookInputError('language', 'expected en, tr or auto');
	let turkish = 0;
	let english = 0;
	for (const mention of mentions) {
		const language = (mention.language ?? mention.crisis?.language ?? '').toLowerCase();
		if (language.startsWith('tr')) turkish++;
		else if (language.startsWith('en')) english++;
	}
	return turkish > english ? 'tr' : 'en';
}
