import type { CategoryHit, CategoryName } from './CrisisScore';
import type { MatchResult } from './phraseMatcher';

/** The categories a text hits, each with the words of the text that hit it, in order of appearance. */
export function collectCategories(match: MatchResult, displayTokens: readonly string[]): CategoryHit[] {
	const byName = new Map<CategoryName, string[]>();
	for (const hit of match.hits) {
		if (hit.entry.categories.length === 0) continue;
		const text = displayTokens.slice(hit.start, hit.end).join(' ');
		for (const name of hit.entry.categories) {
			const matches = byName.get(name);
			if (!matches) byName.set(name, [text]);
			else if (!matches.includes(text)) matches.push(text);
		}
	}
	return [...byName].map(([name, matches]) => ({ name, matches }));
}
