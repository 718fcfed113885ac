import type { LanguagePack } from '../templates/MessageTemplates';

/** Phrases in a draft that make it a non-apology ("sorry if you were offended"); the user gets a warning per hit. */
export function findNonApologies(text: string, pack: LanguagePack): string[] {
	const lower = text.toLocaleLowerCase('tr').toLowerCase();
	return pack.nonApologies.filter((phrase) => lower.includes(phrase.toLocaleLowerCase('tr')));
}
