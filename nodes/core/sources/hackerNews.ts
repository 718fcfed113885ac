import type { Mention } from '../mention/Mention';
import { collectPages } from './collectPages';
import { htmlToText } from './htmlToText';
import type { HttpFetch } from './http';
import { asArray, asCount, asNonEmptyString, asObject, asString } from './itemFields';
import type { MentionQuery, SearchResult } from './MentionQuery';
import type { SearchOptions } from './SearchOptions';
import { searchEachTerm } from './searchEachTerm';
import type { SourceAdapter } from './SourceAdapter';
import { pageSize, SourceClient } from './SourceClient';
import { addressesHandle, matchedTerm } from './textMatching';
import { isoFromIso, isoFromUnixSeconds } from './toIsoUtc';
import { requireSearchTerms, validateQuery } from './validateQuery';

/** Algolia never returns more than this many hits for one query, whatever the paging. */
const ALGOLIA_HIT_CAP = 1000;
const MAX_PAGES = 10;

export const hackerNews: SourceAdapter = {
	name: 'hackernews',
	displayName: 'Hacker News',
	defaultBaseUrl: 'https://hn.algolia.com',
	search: searchHackerNews,
};

/**
 * Algolia's HN Search API: `search_by_date`, newest first, stories and/or comments. Algolia also
 * matches prefixes, typos and the words of a term far apart, so a phrase goes out quoted and a hit
 * whose text contains no keyword or handle (the same test RSS applies) is dropped, with a notice.
 */
export async function searchHackerNews(
	fetch: HttpFetch,
	query: MentionQuery,
	options: SearchOptions,
): Promise<SearchResult> {
	validateQuery(query);
	const terms = requireSearchTerms(query, hackerNews.displayName);
	const client = new SourceClient(fetch, hackerNews, hackerNews.defaultBaseUrl, options);
	const tags = tagsFilter(options.settings?.hackerNews?.tags ?? 'all');
	const containsATerm = (mention: Mention) =>
		matchedTerm(mention.text, query.keywords, query.handles) !== undefined;
	const { mentions, skipped } = await searchEachTerm(terms, query, async (term) => {
		const collected = await collectPages(
			query,
			async (cursor, collected) => {
				const response = await client.sendJson({
					method: 'GET',
					url: `${client.baseUrl}/api/v1/search_by_date`,
					qs: {
						query: algoliaQuery(term),
						tags,
						hitsPerPage: pageSize(query, collected, 1, 100),
						page: cursor === undefined ? 0 : Number(cursor),
						...(query.since
							? { numericFilters: `created_at_i>=${Math.floor(query.since.getTime() / 1000)}` }
							: {}),
					},
				});
				if (!response) return undefined;
				const body = asObject(response.body) ?? {};
				if (asCount(body.nbHits) > ALGOLIA_HIT_CAP) {
					client.notice(
						`"${term}" matched more than ${ALGOLIA_HIT_CAP} items and Algolia returns at most that many: narrow the keywords or the since window`,
					);
				}
				const page = asCount(body.page);
				const next = page + 1 < asCount(body.nbPages) ? String(page + 1) : undefined;
				return { items: asArray(body.hits), next };
			},
			(item) => normaliseHackerNewsHit(item, query, term, options.includeRaw === true),
			{ maxPages: MAX_PAGES, newestFirst: true, relevant: containsATerm },
		);
		if (collected.irrelevant > 0) {
			client.notice(
				`dropped ${collected.irrelevant} of the hits Algolia returned for "${term}": their text does not contain a keyword or handle (Algolia also matches prefixes, typos and words apart)`,
			);
		}
		return collected;
	});
	return { mentions, skipped, requests: client.requests, notices: client.notices };
}

/** A handle without its @; a term of several words as one quoted phrase (Algolia would match each word anywhere). */
function algoliaQuery(term: string): string {
	const words = term.replace(/^@/, '').replace(/"/g, ' ').trim();
	return /\s/.test(words) ? `"${words}"` : words;
}

function tagsFilter(tags: 'story' | 'comment' | 'all'): string {
	return tags === 'all' ? '(story,comment)' : tags;
}

export function normaliseHackerNewsHit(
	item: unknown,
	query: MentionQuery,
	term: string,
	includeRaw: boolean,
): Mention | string {
	const hit = asObject(item);
	if (!hit) return 'not an object';
	const id = asNonEmptyString(hit.objectID);
	if (!id) return 'no objectID';
	const author = asNonEmptyString(hit.author);
	if (!author) return `item ${id}: no author`;
	const createdAt = isoFromUnixSeconds(hit.created_at_i) ?? isoFromIso(hit.created_at);
	if (!createdAt) return `item ${id}: no valid created_at`;
	const title = asString(hit.title) ?? asString(hit.story_title) ?? '';
	const body = asString(hit.comment_text) ?? asString(hit.story_text) ?? '';
	const isComment = asString(hit.comment_text) !== undefined;
	const text = htmlToText(
		isComment ? body : [title, body].filter((part) => part.trim() !== '').join('\n\n'),
	);
	if (text === '') return `item ${id}: no text`;
	const parentId = asString(hit.parent_id);
	return {
		id: `hackernews:${id}`,
		source: 'hackernews',
		url: `https://news.ycombinator.com/item?id=${id}`,
		text,
		createdAt,
		author: {
			handle: author,
			url: `https://news.ycombinator.com/user?id=${encodeURIComponent(author)}`,
		},
		engagement: { likes: asCount(hit.points), replies: asCount(hit.num_comments), shares: 0 },
		tagged: addressesHandle(text, query.brandHandles),
		...(isComment && parentId ? { inReplyTo: `hackernews:${parentId}` } : {}),
		query: matchedTerm(text, query.keywords, query.handles) ?? term,
		...(includeRaw ? { raw: item } : {}),
	};
}
