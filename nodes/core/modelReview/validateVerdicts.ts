import { isLanguageCode } from '../mention/languageCode';
import type { CategoryName } from '../scoring/CrisisScore';
import type { ModelVerdict } from '../scoring/ModelVerdict';
import { CATEGORY_NAMES } from '../scoring/scoringSettings';

/** A reason longer than this is cut: it is meant to be one sentence. */
export const MAX_REASON_CHARACTERS = 300;

const LABELS: readonly unknown[] = ['negative', 'neutral', 'positive'];

/** One line, no control characters, at most MAX_REASON_CHARACTERS: it ends up in reasons and messages. */
function cleanReason(reason: string): string {
	let clean = '';
	let space = false;
	for (const char of reason) {
		const code = char.codePointAt(0) as number;
		if (
			code < 32 ||
			(code >= 0x7f && code < 0xa0) ||
			code === 0x2028 ||
			code === 0x2029 ||
			char === ' '
		) {
			space = clean.length > 0;
			continue;
		}
		if (space) clean += ' ';
		space = false;
		clean += char;
		if (clean.length >= MAX_REASON_CHARACTERS)
			return `${clean.slice(0, MAX_REASON_CHARACTERS - 1)}…`;
	}
	return clean;
}

function verdictOf(entry: Record<string, unknown>): ModelVerdict | undefined {
	const { sentiment, categories, isComplaint, isSarcasm, language, reason } = entry;
	if (!LABELS.includes(sentiment)) return undefined;
	if (!Array.isArray(categories) || categories.length > CATEGORY_NAMES.length) return undefined;
	const names: CategoryName[] = [];
	for (const category of categories) {
		if (!CATEGORY_NAMES.includes(category as CategoryName)) return undefined;
		if (!names.includes(category as CategoryName)) names.push(category as CategoryName);
	}
	if (
		typeof isComplaint !== 'boolean' ||
		typeof isSarcasm !== 'boolean' ||
		!isLanguageCode(language)
	)
		return undefined;
	if (typeof reason !== 'string') return undefined;
	const cleaned = cleanReason(reason);
	if (cleaned.length === 0) return undefined;
	return {
		label: sentiment as ModelVerdict['label'],
		categories: names,
		isComplaint,
		isSarcasm,
		language,
		reason: cleaned,
	};
}

/**
 * The valid verdict for each id the batch asked about. An entry with any field missing or wrong (a label
 * or category not on our lists, a language that is not two lower-case letters, an empty reason), an id
 * not asked about, and every entry of an id answered twice are left out: their mentions keep the lexicon's score.
 */
export function validateVerdicts(
	entries: readonly unknown[],
	askedIds: readonly string[],
): Map<string, ModelVerdict> {
	const asked = new Set(askedIds);
	const answered = new Map<string, number>();
	const verdicts = new Map<string, ModelVerdict>();
	for (const entry of entries) {
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) continue;
		const id = (entry as { id?: unknown }).id;
		if (typeof id !== 'string' || !asked.has(id)) continue;
		answered.set(id, (answered.get(id) ?? 0) + 1);
		const verdict = verdictOf(entry as Record<string, unknown>);
		if (verdict) verdicts.set(id, verdict);
	}
	for (const [id, times] of answered) if (times > 1) verdicts.delete(id);
	return verdicts;
}
