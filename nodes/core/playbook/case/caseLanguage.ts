import type { CaseRecord } from './CaseRecord';
import type { ScoredMention } from '../reading/ScoredMention';
import type { TemplateLanguage } from '../rendering/templates/MessageTemplates';

/**
 * The case with its language decided. Once set it stays, so that the brief, the statements and every
 * reply of one case are in one language; until then it is decided here from the mentions the step has
 * (their majority: Turkish when more are Turkish than English, else English) and stored on the case.
 */
export function withCaseLanguage(
	record: CaseRecord,
	mentions: readonly ScoredMention[],
): CaseRecord {
	if (record.language) return record;
	return { ...record, language: majorityLanguage(mentions) };
}

function majorityLanguage(mentions: readonly ScoredMention[]): TemplateLanguage {
	let turkish = 0;
	let english = 0;
	for (const mention of mentions) {
		const language = (mention.language ?? mention.crisis?.language ?? '').toLowerCase();
		if (language.startsWith('tr')) turkish++;
		else if (language.startsWith('en')) english++;
	}
	return turkish > english ? 'tr' : 'en';
}
