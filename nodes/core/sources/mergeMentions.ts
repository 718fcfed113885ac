import type { Mention } from '../mention/Mention';
import { orderingTimeMs } from '../mention/orderingTime';

/** One list, newest first (by `indexedAt` where the source gives it), each id once, at most `limit` (per-term searches overlap). */
export function mergeMentions(lists: Mention[][], limit: number): Mention[] {
	const byId = new Map<string, Mention>();
	for (const list of lists)
		for (const mention of list) if (!byId.has(mention.id)) byId.set(mention.id, mention);
	// Each time read once, not once per comparison: a thousand entries are sorted in a few milliseconds.
	const timed = [...byId.values()].map((mention) => ({ mention, ms: orderingTimeMs(mention) }));
	timed.sort(
		(a, b) =>
			b.ms - a.ms || (a.mention.id < b.mention.id ? -1 : a.mention.id > b.mention.id ? 1 : 0),
	);
	return timed.slice(0, Math.max(0, limit)).map(({ mention }) => mention);
}
