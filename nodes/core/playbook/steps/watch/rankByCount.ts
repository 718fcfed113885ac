/** Terms seen in at least `minCount` mentions, most frequent first, ties alphabetical (deterministic). */
export function rankByCount(
	counts: Map<string, number>,
	minCount: number,
	limit: number,
): Array<{ term: string; count: number }> {
	return [...counts.entries()]
		.filter(([, count]) => count >= minCount)
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
		.slice(0, limit)
		.map(([term, count]) => ({ term, count }));
}
