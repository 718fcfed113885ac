import type { ScoredMention } from '../../reading/ScoredMention';

// A mention from a source or category not yet shown counts as this many risk points more.
const DIVERSITY_BONUS = 15;

/**
 * `count` mentions that show the situation: the highest-risk one first, then each next pick weighs risk
 * against showing a new source, a new complaint category and a new author. Deterministic (ties by id).
 */
export function pickRepresentatives(mentions: ScoredMention[], count = 3): ScoredMention[] {
	const pool = [...mentions].sort(
		(a, b) => risk(b) - risk(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
	);
	const picked: ScoredMention[] = [];
	const sources = new Set<string>();
	const categories = new Set<string>();
	const authors = new Set<string>();
	while (picked.length < count && pool.length > 0) {
		let bestIndex = 0;
		let bestScore = -Infinity;
		pool.forEach((mention, i) => {
			const names = mention.crisis?.categories.map((c) => c.name) ?? [];
			const score =
				risk(mention) +
				(picked.length > 0 && !sources.has(mention.source) ? DIVERSITY_BONUS : 0) +
				(picked.length > 0 && names.some((n) => !categories.has(n)) ? DIVERSITY_BONUS : 0) -
				(authors.has(authorKey(mention)) ? 1000 : 0);
			if (score > bestScore) {
				bestScore = score;
				bestIndex = i;
			}
		});
		const [chosen] = pool.splice(bestIndex, 1);
		picked.push(chosen);
		sources.add(chosen.source);
		authors.add(authorKey(chosen));
		for (const c of chosen.crisis?.categories ?? []) categories.add(c.name);
	}
	return picked;
}

function risk(mention: ScoredMention): number {
	return mention.crisis?.risk ?? 0;
}

function authorKey(mention: ScoredMention): string {
	return `${mention.source}:${mention.author.handle}`;
}
