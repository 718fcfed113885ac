import type { Mention } from '../mention/Mention';

/** One list, newest first, each id once, at most `limit` (per-term searches overlap). */
export function mergeMentions(lists: Mention[][], limit: number): Mention[] {
	const byId = new Map<string, Mention>();
	for (const list of lists) for (const mention of list) if (!byId.has(mention.id)) byId.set(mention.id, mention);
	return [...byId.values()].sort(newestFirst).slice(0, Math.max(0, limit));
}

export function newestFirst(a: Mention, b: Mention): number {
	const byTime = Date.parse(b.createdAt) - Date.parse(a.createdAt);
	if (byTime !== 0) return byTime;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
