import type { Mention } from '../mention/Mention';
import { collectPages } from './collectPages';
import { decodeEntities } from './htmlToText';
import { jsonBody, type HttpFetch } from './http';
import { FieldError } from '../errors/FieldError';
import { asCount, asNonEmptyString, asObject, asString, path } from './itemFields';
import type { MentionQuery, SearchResult, SkippedItem } from './MentionQuery';
import type { SearchOptions } from './SearchOptions';
import type { SourceAdapter } from './SourceAdapter';
import { SourceClient } from './SourceClient';
import { matchedTerm } from './textMatching';
import { isoFromIso } from './toIsoUtc';
import { validateQuery } from './validateQuery';

/** The customer-reviews feed serves 10 pages of 50 reviews, newest first with sortby=mostrecent. */
const MAX_FEED_PAGES = 10;

export const appStore: SourceAdapter = {
	name: 'appstore',
	displayName: 'App Store',
	defaultBaseUrl: 'https://itunes.apple.com',
	search: searchAppStore,
};

/**
 * `/{country}/rss/customerreviews/page={n}/id={appId}/sortby=mostrecent/json`. A review is written
 * to the app's maker, so every review is `tagged`; its star rating travels on the mention.
 */
export async function searchAppStore(
	fetch: HttpFetch,
	query: MentionQuery,
	options: SearchOptions,
): Promise<SearchResult> {
	validateQuery(query);
	const appId = options.settings?.appStore?.appId?.trim().replace(/^id/i, '') ?? '';
	const country = (options.settings?.appStore?.country?.trim() || 'us').toLowerCase();
	if (!/^\d{5,12}$/.test(appId))
		throw new FieldError(
			'appId',
			`"${appId}" is not an App Store app id (digits, as in apps.apple.com/…/id389801252)`,
		);
	if (!/^[a-z]{2}$/.test(country))
		throw new FieldError('country', `"${country}" is not a two-letter country code`);
	const client = new SourceClient(fetch, appStore, appStore.defaultBaseUrl, options);
	// The feed has no page per review: the app's public review list is the one a person can open.
	const reviewsPageUrl = `https://apps.apple.com/${country}/app/id${appId}?see-all=reviews`;
	const fetchedAt = client.now().toISOString();
	let standIn: StandInTime = { at: fetchedAt, from: 'fetch' };
	const standInsUsed = new Set<StandInTime['from']>();

	const collected = await collectPages(
		query,
		async (cursor) => {
			const page = cursor === undefined ? 1 : Number(cursor);
			const response = await client.sendJson({
				method: 'GET',
				url: `${client.baseUrl}/${country}/rss/customerreviews/page=${page}/id=${appId}/sortby=mostrecent/json`,
			});
			if (!response) return undefined;
			const feed = path(jsonBody(response), 'feed');
			const feedUpdated = isoFromIso(label(path(feed, 'updated')));
			// Read by the normaliser for this page's items, which collectPages handles before the next fetch. A feed
			// time after the fetch (a skewed clock) would date reviews in the future and push a poll's cursor past new ones.
			standIn =
				feedUpdated && Date.parse(feedUpdated) <= Date.parse(fetchedAt)
					? { at: feedUpdated, from: 'feed' }
					: { at: fetchedAt, from: 'fetch' };
			const entries = path(feed, 'entry');
			// A feed with one review has `entry` as an object, not a list; older feeds lead with the app itself.
			const items = (
				Array.isArray(entries) ? entries : entries === undefined ? [] : [entries]
			).filter((entry) => path(entry, 'im:name') === undefined);
			return {
				items,
				next: page < MAX_FEED_PAGES && items.length > 0 ? String(page + 1) : undefined,
			};
		},
		(item) => {
			const outcome = normaliseAppStoreReview(
				item,
				query,
				`app:${appId}`,
				reviewsPageUrl,
				options.includeRaw === true,
				standIn.at,
			);
			if (typeof outcome !== 'string' && outcome.createdAtEstimated) standInsUsed.add(standIn.from);
			return outcome;
		},
		{ maxPages: MAX_FEED_PAGES, newestFirst: true },
	);
	const estimated = collected.mentions.filter((mention) => mention.createdAtEstimated).length;
	if (estimated > 0)
		client.notice(
			`Apple's feed gives no date for ${estimated} review${estimated === 1 ? '' : 's'} (its older shape): ${standInWording(standInsUsed)} stands in, marked createdAtEstimated`,
		);
	if (collected.mentions.length === 0)
		client.notice(whyNothing(collected.seen, collected.skipped, appId, country));
	return {
		mentions: collected.mentions,
		skipped: collected.skipped,
		requests: client.requests,
		notices: client.notices,
	};
}

/** The time an undated review gets: the feed's own `updated` time, else when it was fetched. */
interface StandInTime {
	at: string;
	from: 'feed' | 'fetch';
}

function standInWording(used: Set<StandInTime['from']>): string {
	if (used.has('feed') && used.has('fetch'))
		return 'the feed\'s "updated" time (or, where a page has none, the time of this fetch)';
	return used.has('feed') ? 'the feed\'s "updated" time' : 'the time of this fetch';
}

/** An empty result always says which of the three reasons it has. */
function whyNothing(seen: number, skipped: SkippedItem[], appId: string, country: string): string {
	if (seen === 0)
		return `Apple's feed has no reviews for app ${appId} in the ${country.toUpperCase()} storefront: check the app id and the country (reviews are per storefront)`;
	if (skipped.length === seen)
		return `all ${seen} reviews the feed served were skipped (the first: ${skipped[0].reason})`;
	const unread =
		skipped.length > 0 ? ` (${skipped.length} more could not be read: see skipped)` : '';
	return `none of the ${seen - skipped.length} reviews read passed Since, Exclude Words or Language${unread}`;
}

/** Feed values are `{ label: … }` objects. */
function label(value: unknown): string | undefined {
	return asString(path(value, 'label'));
}

/**
 * `undatedTime` is what a review without its own `updated` gets, marked `createdAtEstimated`; without
 * it such a review is skipped.
 */
export function normaliseAppStoreReview(
	item: unknown,
	query: MentionQuery,
	appLabel: string,
	reviewsPageUrl: string,
	includeRaw: boolean,
	undatedTime?: string,
): Mention | string {
	const entry = asObject(item);
	if (!entry) return 'not an object';
	const id = asNonEmptyString(label(entry.id));
	if (!id) return 'no review id';
	const rating = Number(label(entry['im:rating']));
	if (!Number.isInteger(rating) || rating < 1 || rating > 5)
		return `review ${id}: rating "${label(entry['im:rating']) ?? ''}" is not 1–5`;
	const ownTime = isoFromIso(label(entry.updated));
	const createdAt = ownTime ?? undatedTime;
	if (!createdAt) return `review ${id}: no valid updated date`;
	const authorName = asNonEmptyString(label(path(entry, 'author', 'name')));
	if (!authorName) return `review ${id}: no author`;
	const title = decodeEntities(label(entry.title) ?? '').trim();
	const content = decodeEntities(label(entry.content) ?? '').trim();
	const text = [title, content].filter(Boolean).join('\n\n');
	if (text === '') return `review ${id}: no text`;
	const authorUrl = asNonEmptyString(label(path(entry, 'author', 'uri')));
	return {
		id: `appstore:${id}`,
		source: 'appstore',
		url: reviewsPageUrl,
		text,
		createdAt,
		...(ownTime ? {} : { createdAtEstimated: true }),
		author: { handle: authorName, ...(authorUrl ? { url: authorUrl } : {}) },
		engagement: { likes: asCount(label(entry['im:voteSum'])), replies: 0, shares: 0 },
		tagged: true,
		query: matchedTerm(text, query.keywords, query.handles) ?? appLabel,
		rating,
		...(includeRaw ? { raw: item } : {}),
	};
}
