import type { Mention } from '../mention/Mention';
import { collectPages } from './collectPages';
import { htmlToText } from './htmlToText';
import type { HttpFetch } from './http';
import {
	asArray,
	asCount,
	asNonEmptyString,
	asObject,
	asOptionalCount,
	asString,
} from './itemFields';
import type { MentionQuery, SearchResult } from './MentionQuery';
import { newestNumericId } from './numericIds';
import { tidyPlainText } from './plainTextBuilder';
import type { SearchOptions } from './SearchOptions';
import { searchEachTerm } from './searchEachTerm';
import type { SourceAdapter } from './SourceAdapter';
import { pageSize, SourceClient } from './SourceClient';
import { addressesHandle, bareHandle, matchedTerm, sameHandle } from './textMatching';
import { isoFromIso } from './toIsoUtc';
import { requireSearchTerms, validateQuery } from './validateQuery';

const MAX_PAGES = 10;
/** Mastodon's documented maximum `limit` for timelines and search. */
const MAX_PAGE_SIZE = 40;

export const mastodon: SourceAdapter = {
	name: 'mastodon',
	displayName: 'Mastodon',
	credentialType: 'mastodonApi',
	credentialDisplayName: 'Mastodon API',
	defaultBaseUrl: 'https://mastodon.social',
	search: searchMastodon,
};

/**
 * Tag mode: the public hashtag timeline `/api/v1/timelines/tag/:hashtag` (no token needed).
 * Search mode: `/api/v2/search?type=statuses` (the instance answers statuses to signed-in apps only).
 * Both page backwards with `max_id`; `since_id` from the last poll skips what was already seen.
 */
export async function searchMastodon(
	fetch: HttpFetch,
	query: MentionQuery,
	options: SearchOptions,
): Promise<SearchResult> {
	validateQuery(query);
	const terms = requireSearchTerms(query, mastodon.displayName);
	const mode = options.settings?.mastodon?.mode ?? 'tag';
	const client = new SourceClient(fetch, mastodon, mastodon.defaultBaseUrl, options);
	const instance = hostOf(client.baseUrl) ?? client.baseUrl;
	const seenIds: string[] = [];

	const { mentions, skipped } = await searchEachTerm(terms, query, (term) =>
		collectPages(
			query,
			async (cursor, collected) => {
				const common = {
					limit: pageSize(query, collected, 1, MAX_PAGE_SIZE),
					...(cursor ? { max_id: cursor } : {}),
					...(options.sinceId ? { since_id: options.sinceId } : {}),
				};
				const response =
					mode === 'tag'
						? await client.sendJson({
								method: 'GET',
								url: `${client.baseUrl}/api/v1/timelines/tag/${encodeURIComponent(hashtag(term))}`,
								qs: common,
							})
						: await client.sendJson({
								method: 'GET',
								url: `${client.baseUrl}/api/v2/search`,
								qs: { q: term, type: 'statuses', resolve: false, ...common },
							});
				if (!response) return undefined;
				const statuses =
					mode === 'tag' ? asArray(response.body) : asArray(asObject(response.body)?.statuses);
				if (mode === 'search' && statuses.length === 0 && cursor === undefined) {
					client.notice(
						'Mastodon search returned no posts: status search needs an access token in the credential and full-text search enabled on the instance',
					);
				}
				// After a poll's since_id an empty timeline only means nothing new; without one it may mean a closed feed.
				if (mode === 'tag' && statuses.length === 0 && cursor === undefined && !options.sinceId) {
					client.notice(
						`Mastodon's #${hashtag(term)} timeline on ${instance} returned no posts. If you expect some: since Mastodon 4.5 an instance may limit hashtag feeds to signed-in users or to its own posts, or turn them off. Add an access token (read:statuses) to the Mastodon credential, use an instance that shows the hashtag publicly, or set Mastodon Search to Status Search`,
					);
				}
				const ids = statuses.map((status) => asNonEmptyString(asObject(status)?.id));
				seenIds.push(...ids.filter((id): id is string => id !== undefined));
				return { items: statuses, next: ids[ids.length - 1] };
			},
			(item) => normaliseMastodonStatus(item, query, term, options.includeRaw === true, instance),
			{ maxPages: MAX_PAGES, newestFirst: true },
		),
	);
	const cursor = newestNumericId([...seenIds, options.sinceId]);
	return {
		mentions,
		skipped,
		...(cursor ? { cursor } : {}),
		requests: client.requests,
		notices: client.notices,
	};
}

/** A hashtag is one word: "Acme Bank" → "AcmeBank". */
function hashtag(term: string): string {
	return bareHandle(term.replace(/^#/, '')).replace(/[\s\p{P}]+/gu, '');
}

/**
 * `instance`: the host of the instance asked, for its own accounts when their profile URL is missing
 * (their `acct` has no domain).
 */
export function normaliseMastodonStatus(
	item: unknown,
	query: MentionQuery,
	term: string,
	includeRaw: boolean,
	instance?: string,
): Mention | string {
	const status = asObject(item);
	if (!status) return 'not an object';
	const id = asNonEmptyString(status.id);
	if (!id) return 'no id';
	if (asObject(status.reblog)) return `status ${id}: a boost of another post`;
	const createdAt = isoFromIso(status.created_at);
	if (!createdAt) return `status ${id}: no valid created_at`;
	const account = asObject(status.account);
	const localAcct = asNonEmptyString(account?.acct) ?? asNonEmptyString(account?.username);
	if (!account || !localAcct) return `status ${id}: no account`;
	const acct = qualifiedAcct(localAcct, account.url, instance);
	const url = asNonEmptyString(status.url) ?? asNonEmptyString(status.uri);
	if (!url) return `status ${id}: no url or uri`;
	// The API sends the content warning as plain text and the content as HTML: "a <b" is a warning, not a tag.
	const warning = tidyPlainText(asString(status.spoiler_text) ?? '');
	const text = [warning, htmlToText(asString(status.content) ?? '')]
		.filter((part) => part !== '')
		.join('\n\n');
	if (text === '') return `status ${id}: no text`;
	const mentioned = asArray(status.mentions).flatMap((entry) => {
		const mention = asObject(entry);
		const handle = asNonEmptyString(mention?.acct) ?? asNonEmptyString(mention?.username);
		return handle === undefined ? [] : [qualifiedAcct(handle, mention?.url, instance)];
	});
	const followers = asOptionalCount(account.followers_count);
	const language = asNonEmptyString(status.language);
	const replyTo = asNonEmptyString(status.in_reply_to_id);
	return {
		id: `mastodon:${id}`,
		source: 'mastodon',
		url,
		text,
		...(language ? { language } : {}),
		createdAt,
		author: {
			...(asNonEmptyString(account.id) ? { id: asString(account.id) } : {}),
			handle: acct,
			...(asNonEmptyString(account.display_name) ? { name: asString(account.display_name) } : {}),
			...(followers !== undefined ? { followers } : {}),
			...(asNonEmptyString(account.url) ? { url: asString(account.url) } : {}),
		},
		engagement: {
			likes: asCount(status.favourites_count),
			replies: asCount(status.replies_count),
			shares: asCount(status.reblogs_count) + asCount(status.quotes_count),
		},
		tagged:
			mentionsBrand(mentioned, query.brandHandles) || addressesHandle(text, query.brandHandles),
		...(replyTo ? { inReplyTo: `mastodon:${replyTo}` } : {}),
		query: matchedTerm(text, query.keywords, query.handles) ?? term,
		...(includeRaw ? { raw: item } : {}),
	};
}

/**
 * `acct` is `user` for the instance's own accounts and `user@domain` for others: a local one gets the
 * domain of its profile URL, else the instance asked, so `admin` on mastodon.example is
 * `admin@mastodon.example` wherever it is read.
 */
function qualifiedAcct(acct: string, profileUrl: unknown, instance: string | undefined): string {
	const bare = acct.trim().replace(/^@/, '');
	if (bare.includes('@')) return bare;
	const domain = hostOf(asString(profileUrl)) ?? instance;
	return domain ? `${bare}@${domain}` : bare;
}

function hostOf(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'https:' || parsed.protocol === 'http:'
			? parsed.host || undefined
			: undefined;
	} catch {
		return undefined;
	}
}

/** A brand handle without a domain matches the user on any instance. */
function mentionsBrand(mentioned: string[], brandHandles: string[]): boolean {
	return brandHandles.some((brand) => {
		const [brandUser, brandDomain] = bareHandle(brand).split('@');
		return mentioned.some((handle) => {
			const [user, domain] = bareHandle(handle).split('@');
			return (
				sameHandle(user, brandUser) && (!brandDomain || !domain || sameHandle(domain, brandDomain))
			);
		});
	});
}
