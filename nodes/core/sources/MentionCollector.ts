import { admitMention } from '../mention/admitMention';
import type { Mention } from '../mention/Mention';
import { filterVerdict, type FilterVerdict } from './mentionFilter';
import type { MentionQuery, SkippedItem } from './MentionQuery';
import { mergeMentions } from './mergeMentions';

/** What became of one offered item. */
/** `duplicate`: an earlier read (or page) of this search already kept it. */
export type OfferOutcome = FilterVerdict | 'skipped' | 'full' | 'duplicate';

/** One read of a search (comments on the brand's posts, posts that tag it, a hashtag): up to the limit. */
export interface MentionRead {
	offer(outcome: Mention | string): OfferOutcome;
	readonly kept: number;
	/** How many more this read may keep. */
	readonly remaining: number;
}

/**
 * Mentions of a search that reads several edges: each read keeps up to the limit, so comments cannot
 * crowd out tags before the two are compared by time; the result is newest first, each id once, at
 * most the limit. An item two reads (or two pages) bring is kept once. Skipped items keep one running
 * index across all reads.
 */
export class MentionCollector {
	readonly skipped: SkippedItem[] = [];
	private readonly lists: Mention[][] = [];
	private readonly keptIds = new Set<string>();
	private offered = 0;
	private overflowed = false;

	constructor(private readonly query: MentionQuery) {}

	startRead(): MentionRead {
		const list: Mention[] = [];
		this.lists.push(list);
		const limit = this.query.limit;
		return {
			offer: (outcome) => {
				const index = this.offered++;
				const admitted = admitMention(outcome);
				if (typeof admitted === 'string') {
					this.skipped.push({ index, reason: admitted });
					return 'skipped';
				}
				const verdict = filterVerdict(admitted, this.query);
				if (verdict !== 'keep') return verdict;
				if (this.keptIds.has(admitted.id)) return 'duplicate';
				if (list.length >= limit) {
					this.overflowed = true;
					return 'full';
				}
				list.push(admitted);
				this.keptIds.add(admitted.id);
				return 'keep';
			},
			get kept() {
				return list.length;
			},
			get remaining() {
				return Math.max(0, limit - list.length);
			},
		};
	}

	hasMentions(): boolean {
		return this.lists.some((list) => list.length > 0);
	}

	/** Newest first, at most the limit; `cut` tells that more were found. */
	result(): { mentions: Mention[]; cut: boolean } {
		const mentions = mergeMentions(this.lists, this.keptIds.size);
		return {
			mentions: mentions.slice(0, this.query.limit),
			cut: this.overflowed || mentions.length > this.query.limit,
		};
	}
}
