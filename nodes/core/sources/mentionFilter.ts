import type { Mention } from '../mention/Mention';
import { orderingTimeMs } from '../mention/orderingTime';
import type { MentionQuery } from './MentionQuery';
import { containsExcludedWord } from './textMatching';

export type FilterVerdict = 'keep' | 'older' | 'excluded' | 'language';

/**
 * The query filters every source applies after normalising, whatever the API could do itself. `since`
 * compares the server's `indexedAt` where the source gives it, as the poll cursor does.
 */
export function filterVerdict(mention: Mention, query: MentionQuery): FilterVerdict {
	if (query.since && orderingTimeMs(mention) < query.since.getTime()) return 'older';
	if (containsExcludedWord(mention.text, query.excludeWords)) return 'excluded';
	if (query.language && mention.language && !sameLanguage(mention.language, query.language))
		return 'language';
	return 'keep';
}

/** `en-US` is English: compare the primary subtag only. */
function sameLanguage(a: string, b: string): boolean {
	return a.toLowerCase().split(/[-_]/)[0] === b.toLowerCase().split(/[-_]/)[0];
}
