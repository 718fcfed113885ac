import type { ScoredMention } from '../../reading/ScoredMention';
import type { ReplyPayload } from '../payloads/Payloads';
import type { TemplateLanguage } from '../templates/MessageTemplates';

/**
 * When a language model read the mention as written in another language than English or Turkish: a note
 * for the reply, whose templates exist in those two only. Undefined otherwise (the lexicon alone never
 * reports another language, so without a model no reply gets one).
 */
export function otherLanguageNote(
	mention: ScoredMention | undefined,
	draftLanguage: TemplateLanguage,
): string | undefined {
	const language = mention?.crisis?.language;
	if (
		language === undefined ||
		language === 'en' ||
		language === 'tr' ||
		language === 'unsupported'
	)
		return undefined;
	const written = draftLanguage === 'tr' ? 'Turkish' : 'English';
	return `The mention is in "${language}" (read by the language model); replies are drafted in English or Turkish only and this one is in ${written}: translate it before sending.`;
}

/** The reply with its language note when there is one; the reply unchanged (no new field) otherwise. */
export function withLanguageNote(
	reply: ReplyPayload,
	mention: ScoredMention | undefined,
	draftLanguage: TemplateLanguage,
): ReplyPayload {
	const note = otherLanguageNote(mention, draftLanguage);
	return note === undefined ? reply : { ...reply, languageNote: note };
}
