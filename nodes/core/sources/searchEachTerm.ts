import type { CollectedPages } from './collectPages';
import type { MentionQuery, SkippedItem } from './MentionQuery';
import { mergeMentions } from './mergeMentions';
import type { Mention } from '../mention/Mention';

/**
 * For APIs whose search has no reliable OR: one search per term, merged newest first, each
 * mention once. Skipped indices continue across terms so they stay unique.
 */
export async function searchEachTerm(
	terms: string[],
	query: MentionQuery,
	searchOne: (term: string) => Promise<CollectedPages>,
): Promise<{ mentions: Mention[]; skipped: SkippedItem[] }> {
	const lists: Mention[][] = [];
	const skipped: SkippedItem[] = [];
	let offset = 0;
	for (const term of terms) {
		const collected = await searchOne(term);
		lists.push(collected.mentions);
		for (const skip of collected.skipped)
			skipped.push({ index: offset + skip.index, reason: `${skip.reason} (search "${term}")` });
		offset += collected.seen;
	}
	return { mentions: mergeMentions(lists, query.limit), skipped };
}
