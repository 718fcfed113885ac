import { withCaseLanguage } from '../../case/caseLanguage';
import type { CaseRecord } from '../../case/CaseRecord';
import { readDeadlinePolicy } from '../../deadlines/DeadlinePolicy';
import { ensureDeadlines } from '../../deadlines/ensureDeadlines';
import type { MessageOptions } from './MessageOptions';
import { openCase } from '../../case/openCase';
import { FieldError } from '../../../errors/FieldError';
import type { PlaybookSubject } from '../../reading/PlaybookSubject';
import { resolveLanguage } from './resolveLanguage';
import type { ScoredMention } from '../../reading/ScoredMention';
import type { LanguagePack, TemplateLanguage, Tone } from '../templates/MessageTemplates';
import { resolveLanguagePack } from '../templates/resolveLanguagePack';
import { templatesFor } from '../templates/templatesFor';

export interface DraftContext {
	record: CaseRecord;
	mention?: ScoredMention;
	language: TemplateLanguage;
	tone: Tone;
	pack: LanguagePack;
}

/**
 * What every drafting step needs: the case with its deadlines (for {{deadline}}) and its language, the
 * step's language (see resolveLanguage), tone and templates.
 */
export function draftContext(subject: PlaybookSubject, options: MessageOptions): DraftContext {
	const tone = options.tone ?? 'formal';
	if (tone !== 'formal' && tone !== 'warm') throw new FieldError('tone', 'expected formal or warm');
	const mention = subject.kind === 'mention' ? subject.mention : undefined;
	const record = withCaseLanguage(
		ensureDeadlines(openCase(subject), readDeadlinePolicy(options.deadlines)),
		mention ? [mention] : [],
	);
	const language = resolveLanguage(options.language, record.language);
	return {
		record,
		mention,
		language,
		tone,
		pack: resolveLanguagePack(language, templatesFor(options, language)),
	};
}
