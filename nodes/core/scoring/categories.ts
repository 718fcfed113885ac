import type { CategoryHit } from './CrisisScore';
import { phraseText, type MatchResult } from './phraseMatcher';

/** The categories a text hits, each with the words of the text that hit it, in order of appearance. */
export function collectCategories(match: MatchResult, display: (index: number) => string): CategoryHit[] {
	// A handful of categories at most: a list searched linearly beats a Map here.
	const found: CategoryHit[] = [];
	for (const hit of match.hits) {
		if (hit.entry.categories.length === 0) continue;
		const text = phraseText(display, hit.start, hit.end);
		for (const name of hit.entry.categories) {
			const existing = found.find((category) => category.name === name);
			if (!existing) found.push({ name, matches: [text] });
			else if (!existing.matches.includes(text)) existing.matches.push(text);
		}
	}
	return found;
}
