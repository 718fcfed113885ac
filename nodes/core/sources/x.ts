import { DateTime } from 'luxon';
import type { Mention } from '../mention/Mention';
import { collectPages } from './collectPages';
import { decodeEntities } from './htmlToText';
import type { HttpFetch } from './http';
import { InvalidSettingError } from './InvalidSettingError';
import { asArray, asCount, asNonEmptyString, asObject, asOptionalCount, asString, path, type JsonObject } from './itemFields';
import type { MentionQuery, SearchResult } from './MentionQuery';
import { isNumericId, newestNumericId } from './numericIds';
import type { SearchOptions } from './SearchOptions';
import type { SourceAdapter } from './SourceAdapter';
import { pageSize, SourceClient } from './SourceClient';
import { addressesHandle, bareHandle, matchedTerm, sameHandle } from './textMatching';
import { isoFromIso } from './toIsoUtc';
import { requireSearchTerms, validateQuery } from './validateQuery';

/** Recent search covers the last 7 days; a start_time before that is a 400. */
const RECENT_WINDOW_DAYS = 7;
/** Query length accepted by recent search on the self-serve plans. */
export const MAX_X_QUERY_LENGTH = 512;
const MAX_PAGES = 10;

export const x: SourceAdapter = {
	name: 'x',
	displayName: 'X',
	credentialType: 'xApi',
	credentialDisplayName: 'X API',
	defaultBaseUrl: 'https://api.x.com',
	search: searchX,
};

/**
 * `GET /2/tweets/search/recent` with `expansions=author_id` and `user.fields=public_metrics`
 * (followers), paged with `next_token`. X bills every read, so `maxRequests` caps the pages and
 * `since_id` from the last poll avoids paying twice for the same posts.
 */
export async function searchX(fetch: HttpFetch, query: MentionQuery, options: SearchOptions): Promise<SearchResult> {
	validateQuery(query);
	if (options.sinceId !== undefined && !isNumericId(options.sinceId)) {
		throw new InvalidSettingError('sinceId', `"${options.sinceId}" is not a post id`);
	}
	const searchQuery = buildXQuery(query);
	const client = new SourceClient(fetch, x, x.defaultBaseUrl, options);
	const startTime = startTimeFor(query, client.now(), client);
	const seenIds: string[] = [];

	const collected = await collectPages(
		query,
		async (cursor, collectedSoFar) => {
			const response = await client.sendJson({
				method: 'GET',
				url: `${client.baseUrl}/2/tweets/search/recent`,
				qs: {
					query: searchQuery,
					// The endpoint rejects max_results below 10.
					max_results: pageSize(query, collectedSoFar, 10, 100),
					'tweet.fields': 'created_at,public_metrics,lang,author_id,entities,in_reply_to_user_id,referenced_tweets,conversation_id',
					expansions: 'author_id',
					'user.fields': 'public_metrics,username,name,verified,url',
					...(options.sinceId ? { since_id: options.sinceId } : startTime ? { start_time: startTime } : {}),
					...(cursor ? { next_token: cursor } : {}),
				},
			});
			if (!response) return undefined;
			const users = new Map<string, JsonObject>();
			for (const entry of asArray(path(response.body, 'includes', 'users'))) {
				const user = asObject(entry);
				const id = asNonEmptyString(user?.id);
				if (user && id) users.set(id, user);
			}
			const tweets = asArray(path(response.body, 'data'));
			seenIds.push(...tweets.map((tweet) => asString(asObject(tweet)?.id)).filter(isNumericId));
			return { items: tweets.map((tweet) => ({ tweet, users })), next: asNonEmptyString(path(response.body, 'meta', 'next_token')) };
		},
		(item) => {
			const { tweet, users } = item as { tweet: unknown; users: Map<string, JsonObject> };
			return normaliseXPost(tweet, users, query, searchQuery, options.includeRaw === true);
		},
		{ maxPages: MAX_PAGES, newestFirst: true },
	);
	const cursor = newestNumericId([...seenIds, options.sinceId]);
	return { mentions: collected.mentions, skipped: collected.skipped, ...(cursor ? { cursor } : {}), requests: client.requests, notices: client.notices };
}

/** `(kw OR "two words" OR @handle) -excluded lang:xx -is:retweet` in X's query language. */
export function buildXQuery(query: MentionQuery): string {
	const terms = requireSearchTerms(query, x.displayName).map((term) =>
		term.startsWith('@') ? `@${bareHandle(term)}` : /[\s:()"]/.test(term) ? `"${term.replace(/"/g, '')}"` : term,
	);
	const excluded = query.excludeWords
		.map((word) => word.trim())
		.filter(Boolean)
		.map((word) => (/\s/.test(word) ? `-"${word.replace(/"/g, '')}"` : `-${word}`));
	const parts = [terms.length > 1 ? `(${terms.join(' OR ')})` : terms[0], ...excluded];
	if (query.language) parts.push(`lang:${query.language.toLowerCase().split(/[-_]/)[0]}`);
	// Retweets repeat the original text; counting them again would inflate a spike.
	parts.push('-is:retweet');
	const built = parts.join(' ');
	if (built.length > MAX_X_QUERY_LENGTH) {
		throw new InvalidSettingError('keywords', `the X query is ${built.length} characters; X accepts ${MAX_X_QUERY_LENGTH}: use fewer keywords or excluded words`);
	}
	return built;
}

function startTimeFor(query: MentionQuery, now: Date, client: SourceClient): string | undefined {
	if (!query.since) return undefined;
	const earliest = DateTime.fromJSDate(now).minus({ days: RECENT_WINDOW_DAYS }).plus({ minutes: 1 });
	if (DateTime.fromJSDate(query.since) >= earliest) return DateTime.fromJSDate(query.since).toUTC().toISO() ?? undefined;
	client.notice(`X recent search reaches back ${RECENT_WINDOW_DAYS} days only: searched from ${earliest.toUTC().toISO()}`);
	return earliest.toUTC().toISO() ?? undefined;
}

/** X marks undetermined text `und` and special cases `q…` (media only, hashtags only): no language. */
function xLanguage(lang: string | undefined): string | undefined {
	if (!lang || lang === 'und' || lang === 'zxx' || lang.startsWith('q')) return undefined;
	return lang;
}

export function normaliseXPost(
	item: unknown,
	users: Map<string, JsonObject>,
	query: MentionQuery,
	searched: string,
	includeRaw: boolean,
): Mention | string {
	const tweet = asObject(item);
	if (!tweet) return 'not an object';
	const id = asString(tweet.id);
	if (!isNumericId(id)) return 'no numeric id';
	const text = decodeEntities(asString(tweet.text) ?? '').trim();
	if (text === '') return `post ${id}: no text`;
	const createdAt = isoFromIso(tweet.created_at);
	if (!createdAt) return `post ${id}: no valid created_at (ask for tweet.fields=created_at)`;
	const authorId = asNonEmptyString(tweet.author_id);
	const user = authorId ? users.get(authorId) : undefined;
	const username = asNonEmptyString(user?.username);
	if (!authorId || !user || !username) return `post ${id}: author ${authorId ?? '(none)'} missing from includes.users`;
	const metrics = asObject(tweet.public_metrics);
	const followers = asOptionalCount(path(user, 'public_metrics', 'followers_count'));
	const language = xLanguage(asNonEmptyString(tweet.lang));
	const repliedTo = asArray(tweet.referenced_tweets)
		.map((reference) => asObject(reference))
		.find((reference) => asString(reference?.type) === 'replied_to');
	const repliedToId = asNonEmptyString(repliedTo?.id);
	const mentioned = asArray(path(tweet, 'entities', 'mentions'))
		.map((mention) => asString(asObject(mention)?.username))
		.filter((handle): handle is string => handle !== undefined);
	return {
		id: `x:${id}`,
		source: 'x',
		url: `https://x.com/${username}/status/${id}`,
		text,
		...(language ? { language } : {}),
		createdAt,
		author: {
			id: authorId,
			handle: username,
			...(asNonEmptyString(user.name) ? { name: asString(user.name) } : {}),
			...(followers !== undefined ? { followers } : {}),
			...(typeof user.verified === 'boolean' ? { verified: user.verified } : {}),
			url: `https://x.com/${username}`,
		},
		engagement: {
			likes: asCount(metrics?.like_count),
			replies: asCount(metrics?.reply_count),
			shares: asCount(metrics?.retweet_count) + asCount(metrics?.quote_count),
		},
		tagged: mentioned.some((handle) => query.brandHandles.some((brand) => sameHandle(handle, brand))) || addressesHandle(text, query.brandHandles),
		...(repliedToId ? { inReplyTo: `x:${repliedToId}` } : {}),
		query: matchedTerm(text, query.keywords, query.handles) ?? searched,
		...(includeRaw ? { raw: item } : {}),
	};
}
