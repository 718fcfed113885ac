import type { CategoryHit } from './CrisisScore';
import type { MatchResult } from './phraseMatcher';
import { phraseText } from './phraseText';

/** Enough to show what a text is about; a flood of distinct words ("scam1 scam2 …") adds nothing more. */
export const MAX_MATCHES_PER_CATEGORY = 10;

/** The categories a text hits, each with (up to ten of) the words of the text that hit it, in order of appearance. */
export function collectCategories(
	match: MatchResult,
	display: (index: number) => string,
): CategoryHit[] {
	// A handful of categories at most: a list searched linearly beats a Map here.
	const found: CategoryHit[] = [];
	for (const hit of match.hits) {
		if (hit.entry.categories.length === 0) continue;
		let text: string | undefined;
		for (const name of hit.entry.categories) {
			let category = found.find((candidate) => candidate.name === name);
			if (!category) {
				category = { name, matches: [] };
				found.push(category);
			}
			if (category.matches.length === MAX_MATCHES_PER_CATEGORY) continue;
			text ??= phraseText(display, hit.start, hit.end);
			if (!category.matches.includes(text)) category.matches.push(text);
		}
	}
	return found;
}
