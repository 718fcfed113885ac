import { createHash } from 'crypto';
import { settledOutcomeOf } from '../errors/outcomeOf';
import { admitMention } from '../mention/admitMention';
import type { Mention } from '../mention/Mention';
import { absoluteHttpUrl } from '../mention/absoluteHttpUrl';
import { feedEntryUrl, linkScheme } from './feedEntryUrl';
import { MAX_FEED_CHARS, MAX_FEED_ENTRIES } from './feedLimits';
import { parseFeed, type FeedEntry } from './feedXml';
import { htmlToText } from './htmlToText';
import type { HttpFetch } from './http';
import { FieldError } from '../errors/FieldError';
import type { MentionQuery, SearchResult, SkippedItem } from './MentionQuery';
import { filterVerdict } from './mentionFilter';
import { mergeMentions } from './mergeMentions';
import type { SearchOptions } from './SearchOptions';
import type { SourceAdapter } from './SourceAdapter';
import { SourceClient } from './SourceClient';
import { SourceError } from './SourceError';
import { addressesHandle, matchedTerm } from './textMatching';
import { isoFromFeedDate } from './toIsoUtc';
import { searchTerms, validateQuery } from './validateQuery';

export const rss: SourceAdapter = {
	name: 'rss',
	displayName: 'RSS/Atom',
	defaultBaseUrl: '',
	search: searchRss,
};

/**
 * Any RSS or Atom feed: Google Alerts, Talkwalker Alerts, a news site. Alert feeds are already
 * filtered by the alert's query; when keywords or handles are set, entries must contain one.
 * One broken feed becomes a notice, not the end of the others.
 */
export async function searchRss(
	fetch: HttpFetch,
	query: MentionQuery,
	options: SearchOptions,
): Promise<SearchResult> {
	validateQuery(query);
	const feedUrls = (options.settings?.rss?.feedUrls ?? []).map((url) => url.trim()).filter(Boolean);
	if (feedUrls.length === 0) throw new FieldError('feedUrls', 'give at least one feed URL');
	const badUrl = feedUrls.find((url) => !/^https?:\/\/[^\s]+$/i.test(url));
	if (badUrl) throw new FieldError('feedUrls', `"${badUrl}" is not an http(s) URL`);
	const client = new SourceClient(fetch, rss, rss.defaultBaseUrl, {
		...options,
		maxRequests: Math.max(options.maxRequests ?? 0, feedUrls.length),
	});
	const requireTerm = searchTerms(query).length > 0;
	const lists: Mention[][] = [];
	const skipped: SkippedItem[] = [];
	const failures: SourceError[] = [];
	let index = 0;

	for (const feedUrl of feedUrls) {
		const sent = await settledOutcomeOf(() =>
			client.send({
				method: 'GET',
				url: feedUrl,
				headers: {
					Accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5',
				},
			}),
		);
		if (!sent.ok) {
			if (!(sent.error instanceof SourceError)) throw sent.error;
			failures.push(sent.error);
			client.notice(`feed ${feedUrl} failed: ${sent.error.message}`);
			continue;
		}
		if (!sent.value) break;
		const body = sent.value.body;
		const feed = typeof body === 'string' ? parseFeed(body, feedUrl) : undefined;
		if (!feed) {
			client.notice(`${feedUrl} is not an RSS or Atom feed`);
			continue;
		}
		if (feed.truncated)
			client.notice(
				`${feedUrl}: only the first ${MAX_FEED_ENTRIES} entries and ${MAX_FEED_CHARS} characters of a feed are read`,
			);
		const mentions: Mention[] = [];
		for (const entry of feed.entries) {
			const outcome = admitMention(
				normaliseFeedEntry(entry, query, feedUrl, options.includeRaw === true),
			);
			const at = index++;
			if (typeof outcome === 'string') {
				skipped.push({ index: at, reason: `${outcome} (feed ${feedUrl})` });
				continue;
			}
			if (requireTerm && !matchedTerm(outcome.text, query.keywords, query.handles)) continue;
			if (filterVerdict(outcome, query) === 'keep') mentions.push(outcome);
		}
		lists.push(mentions);
	}
	if (failures.length === feedUrls.length) throw failures[0];
	return {
		mentions: mergeMentions(lists, query.limit),
		skipped,
		requests: client.requests,
		notices: client.notices,
	};
}

/** `feedUrl` is the base for a link the parser could not place (an entry built without parseFeed). */
export function normaliseFeedEntry(
	entry: FeedEntry,
	query: MentionQuery,
	feedUrl: string,
	includeRaw: boolean,
): Mention | string {
	// A blank guid or link is no id: it would make every such entry the same mention.
	const nativeId = entry.id?.trim() || entry.link?.trim();
	if (!nativeId) return `entry "${entry.title ?? ''}": no guid, id or link`;
	const createdAt = isoFromFeedDate(entry.published);
	if (!createdAt) return `entry ${nativeId}: no valid date`;
	const title = htmlToText(entry.title ?? '');
	const body = htmlToText(entry.body ?? '');
	const text = body.startsWith(title) ? body : [title, body].filter(Boolean).join('\n\n');
	if (text === '') return `entry ${nativeId}: no text`;
	const base = entry.linkBase ?? feedUrl;
	// An id that is itself a web address (RSS's permalink guid) stands in for a missing or unusable link.
	const url = feedEntryUrl(entry.link, base) ?? absoluteHttpUrl(entry.id);
	if (!url) return `entry ${nativeId}: ${whyNoUrl(entry.link, base)}`;
	return {
		// Guids can be whole URLs; a short hash keeps the id stable and readable in a table.
		id: `rss:${createHash('sha1').update(nativeId).digest('hex').slice(0, 16)}`,
		source: 'rss',
		url,
		text,
		createdAt,
		author: { handle: entry.author?.trim() || hostOf(url) },
		engagement: { likes: 0, replies: 0, shares: 0 },
		tagged: addressesHandle(text, query.brandHandles),
		query: matchedTerm(text, query.keywords, query.handles) ?? feedUrl,
		...(includeRaw ? { raw: entry } : {}),
	};
}

/** `url` is absolute (feedEntryUrl or absoluteHttpUrl made it), so it always has a host. */
function hostOf(url: string): string {
	return new URL(url).host.replace(/^www\./, '');
}

/** Names the link's scheme, never the link: it is the feed's text, of any length. */
function whyNoUrl(link: string | undefined, base: string): string {
	if (!link?.trim()) return 'no link';
	const scheme = linkScheme(link, base);
	return scheme === undefined
		? 'the link does not resolve to a URL'
		: `link "${scheme}…" is not an http(s) URL`;
}
