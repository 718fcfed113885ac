import { admitMention } from '../mention/admitMention';
import type { Mention } from '../mention/Mention';
import { filterVerdict } from './mentionFilter';
import type { MentionQuery, SkippedItem } from './MentionQuery';

/** One API page as the adapter read it: the raw items and the cursor to the next page. */
export interface RawPage {
	items: unknown[];
	next?: string;
}

/** Turns one API item into a Mention, or says why it cannot (a skip, not an error). */
export type ItemNormaliser = (item: unknown) => Mention | string;

export interface CollectedPages {
	mentions: Mention[];
	skipped: SkippedItem[];
	/** Every item the API returned, including filtered ones (for native cursors). */
	seen: number;
	/** Mentions that passed the query's filters but not `relevant`. */
	irrelevant: number;
}

export interface PagingBounds {
	maxPages: number;
	/** The API returns newest first, so the first item older than `since` ends the search. */
	newestFirst: boolean;
	/** For APIs that match more loosely than asked (typos, prefixes): a mention failing this is dropped and counted. */
	relevant?: (mention: Mention) => boolean;
}

/**
 * Follows cursors until the limit is reached, the cursor ends or repeats, a page is empty, the
 * items get older than `since`, or the adapter has no budget left (fetchPage returns undefined).
 */
export async function collectPages(
	query: MentionQuery,
	fetchPage: (cursor: string | undefined, collected: number) => Promise<RawPage | undefined>,
	normalise: ItemNormaliser,
	bounds: PagingBounds,
): Promise<CollectedPages> {
	const mentions: Mention[] = [];
	const skipped: SkippedItem[] = [];
	let seen = 0;
	let irrelevant = 0;
	let cursor: string | undefined;
	for (
		let pageNumber = 0;
		pageNumber < bounds.maxPages && mentions.length < query.limit;
		pageNumber++
	) {
		const page = await fetchPage(cursor, mentions.length);
		if (!page || page.items.length === 0) break;
		let reachedSince = false;
		for (const item of page.items) {
			const index = seen++;
			const outcome = admitMention(normalise(item));
			if (typeof outcome === 'string') {
				skipped.push({ index, reason: outcome });
				continue;
			}
			const verdict = filterVerdict(outcome, query);
			if (verdict === 'older') reachedSince = true;
			if (verdict !== 'keep' || mentions.length >= query.limit) continue;
			if (bounds.relevant && !bounds.relevant(outcome)) irrelevant++;
			else mentions.push(outcome);
		}
		if ((reachedSince && bounds.newestFirst) || !page.next || page.next === cursor) break;
		cursor = page.next;
	}
	return { mentions, skipped, seen, irrelevant };
}
