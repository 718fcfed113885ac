import type { Mention } from './Mention';

/**
 * The instant a mention is ordered and cursored by (epoch ms): the server's `indexedAt` where the
 * source gives one, else `createdAt`. NaN when neither is a valid date.
 */
export function orderingTimeMs(mention: Pick<Mention, 'createdAt' | 'indexedAt'>): number {
	const indexedMs = mention.indexedAt === undefined ? Number.NaN : Date.parse(mention.indexedAt);
	return Number.isFinite(indexedMs) ? indexedMs : Date.parse(mention.createdAt);
}
