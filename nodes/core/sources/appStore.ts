import type { Mention } from '../mention/Mention';
import { collectPages } from './collectPages';
import { decodeEntities } from './htmlToText';
import { jsonBody, type HttpFetch } from './http';
import { InvalidSettingError } from './InvalidSettingError';
import { asArray, asCount, asNonEmptyString, asObject, asString, path } from './itemFields';
import type { MentionQuery, SearchResult } from './MentionQuery';
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
export async function searchAppStore(fetch: HttpFetch, query: MentionQuery, options: SearchOptions): Promise<SearchResult> {
	validateQuery(query);
	const appId = options.settings?.appStore?.appId?.trim().replace(/^id/i, '') ?? '';
	const country = (options.settings?.appStore?.country?.trim() || 'us').toLowerCase();
	if (!/^\d{5,12}$/.test(appId)) throw new InvalidSettingError('appId', `"${appId}" is not an App Store app id (digits, as in apps.apple.com/…/id389801252)`);
	if (!/^[a-z]{2}$/.test(country)) throw new InvalidSettingError('country', `"${country}" is not a two-letter country code`);
	const client = new SourceClient(fetch, appStore, appStore.defaultBaseUrl, options);
	const fallbackUrl = `https://apps.apple.com/${country}/app/id${appId}?see-all=reviews`;

	const collected = await collectPages(
		query,
		async (cursor) => {
			const page = cursor === undefined ? 1 : Number(cursor);
			const response = await client.sendJson({
				method: 'GET',
				url: `${client.baseUrl}/${country}/rss/customerreviews/page=${page}/id=${appId}/sortby=mostrecent/json`,
			});
			if (!response) return undefined;
			const entries = path(jsonBody(response), 'feed', 'entry');
			// A feed with one review has `entry` as an object, not a list; older feeds lead with the app itself.
			const items = (Array.isArray(entries) ? entries : entries === undefined ? [] : [entries]).filter((entry) => path(entry, 'im:name') === undefined);
			return { items, next: page < MAX_FEED_PAGES && items.length > 0 ? String(page + 1) : undefined };
		},
		(item) => normaliseAppStoreReview(item, query, `app:${appId}`, fallbackUrl, options.includeRaw === true),
		{ maxPages: MAX_FEED_PAGES, newestFirst: true },
	);
	return { mentions: collected.mentions, skipped: collected.skipped, requests: client.requests, notices: client.notices };
}

/** Feed values are `{ label: … }` objects. */
function label(value: unknown): string | undefined {
	return asString(path(value, 'label'));
}

export function normaliseAppStoreReview(item: unknown, query: MentionQuery, appLabel: string, fallbackUrl: string, includeRaw: boolean): Mention | string {
	const entry = asObject(item);
	if (!entry) return 'not an object';
	const id = asNonEmptyString(label(entry.id));
	if (!id) return 'no review id';
	const rating = Number(label(entry['im:rating']));
	if (!Number.isInteger(rating) || rating < 1 || rating > 5) return `review ${id}: rating "${label(entry['im:rating']) ?? ''}" is not 1–5`;
	const createdAt = isoFromIso(label(entry.updated));
	if (!createdAt) return `review ${id}: no valid updated date`;
	const authorName = asNonEmptyString(label(path(entry, 'author', 'name')));
	if (!authorName) return `review ${id}: no author`;
	const title = decodeEntities(label(entry.title) ?? '').trim();
	const content = decodeEntities(label(entry.content) ?? '').trim();
	const text = [title, content].filter(Boolean).join('\n\n');
	if (text === '') return `review ${id}: no text`;
	const links = asArray(entry.link).length > 0 ? asArray(entry.link) : [entry.link];
	const related = links.map((link) => asNonEmptyString(path(link, 'attributes', 'href'))).find(Boolean);
	const authorUrl = asNonEmptyString(label(path(entry, 'author', 'uri')));
	return {
		id: `appstore:${id}`,
		source: 'appstore',
		url: related ?? fallbackUrl,
		text,
		createdAt,
		author: { handle: authorName, ...(authorUrl ? { url: authorUrl } : {}) },
		engagement: { likes: asCount(label(entry['im:voteSum'])), replies: 0, shares: 0 },
		tagged: true,
		query: matchedTerm(text, query.keywords, query.handles) ?? appLabel,
		rating,
		...(includeRaw ? { raw: item } : {}),
	};
}
