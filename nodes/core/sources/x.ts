import { DateTime } from 'luxon';
import { collectPages } from './collectPages';
import type { HttpFetch } from './http';
import { FieldError } from '../errors/FieldError';
import { asArray, asNonEmptyString, asObject, asString, path, type JsonObject } from './itemFields';
import type { MentionQuery, SearchResult } from './MentionQuery';
import { isNumericId, newestNumericId } from './numericIds';
import type { SearchOptions } from './SearchOptions';
import type { SourceAdapter } from './SourceAdapter';
import { pageSize, SourceClient } from './SourceClient';
import { bareHandle } from './textMatching';
import { requireSearchTerms, validateQuery } from './validateQuery';
import { normaliseXPost } from './xPost';

/** Recent search covers the last 7 days; a start_time before that is a 400. */
const RECENT_WINDOW_DAYS = 7;
/** Query length accepted by recent search on the self-serve plans. */
export const MAX_X_QUERY_LENGTH = 512;
const MAX_PAGES = 10;
/** Recent search answers 10 to 100 posts a page (`max_results`). */
export const X_MIN_PAGE_SIZE = 10;
const X_MAX_PAGE_SIZE = 100;
/** X bills per post read: the default budget is one full page. */
export const DEFAULT_X_MAX_POSTS_READ = 100;
/** `note_tweet` carries the whole text of a post longer than 280 characters (`text` is cut). */
const TWEET_FIELDS =
	'created_at,public_metrics,lang,author_id,entities,in_reply_to_user_id,referenced_tweets,conversation_id,note_tweet';

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
 * (followers), paged with `next_token`. X bills every post and user read, so the budget is posts
 * read (`settings.x.maxPostsRead`): each page asks for no more than is left of it, and paging stops
 * before a page could pass it. `since_id` from the last poll avoids paying twice for the same posts.
 */
export async function searchX(
	fetch: HttpFetch,
	query: MentionQuery,
	options: SearchOptions,
): Promise<SearchResult> {
	validateQuery(query);
	if (options.sinceId !== undefined && !isNumericId(options.sinceId)) {
		throw new FieldError('sinceId', `"${options.sinceId}" is not a post id`);
	}
	const budget = postsReadBudget(options.settings?.x?.maxPostsRead);
	const searchQuery = buildXQuery(query);
	// The posts-read budget bounds the cost; Max Requests does not apply to X.
	const client = new SourceClient(fetch, x, x.defaultBaseUrl, {
		...options,
		maxRequests: MAX_PAGES,
	});
	const startTime = startTimeFor(query, client.now(), client);
	const seenIds: string[] = [];
	let postsRead = 0;
	let usersRead = 0;

	const collected = await collectPages(
		query,
		async (cursor, collectedSoFar) => {
			const left = budget - postsRead;
			if (left < X_MIN_PAGE_SIZE) {
				client.notice(
					`stopped after reading ${postsRead} posts: one more page (at least ${X_MIN_PAGE_SIZE}) would pass Max Posts Read (${budget}); raise it to read more`,
				);
				return undefined;
			}
			const response = await client.sendJson({
				method: 'GET',
				url: `${client.baseUrl}/2/tweets/search/recent`,
				qs: {
					query: searchQuery,
					max_results: Math.min(
						pageSize(query, collectedSoFar, X_MIN_PAGE_SIZE, X_MAX_PAGE_SIZE),
						left,
					),
					'tweet.fields': TWEET_FIELDS,
					expansions: 'author_id',
					'user.fields': 'public_metrics,username,name,verified,url',
					...(options.sinceId
						? { since_id: options.sinceId }
						: startTime
							? { start_time: startTime }
							: {}),
					...(cursor ? { next_token: cursor } : {}),
				},
			});
			if (!response) return undefined;
			const users = new Map<string, JsonObject>();
			const includedUsers = asArray(path(response.body, 'includes', 'users'));
			for (const entry of includedUsers) {
				const user = asObject(entry);
				const id = asNonEmptyString(user?.id);
				if (user && id) users.set(id, user);
			}
			const tweets = asArray(path(response.body, 'data'));
			postsRead += tweets.length;
			usersRead += includedUsers.length;
			seenIds.push(...tweets.map((tweet) => asString(asObject(tweet)?.id)).filter(isNumericId));
			return {
				items: tweets.map((tweet) => ({ tweet, users })),
				next: asNonEmptyString(path(response.body, 'meta', 'next_token')),
			};
		},
		(item) => {
			const { tweet, users } = item as { tweet: unknown; users: Map<string, JsonObject> };
			return normaliseXPost(tweet, users, query, searchQuery, options.includeRaw === true);
		},
		{ maxPages: MAX_PAGES, newestFirst: true },
	);
	client.notice(
		`X: ${postsRead} posts and ${usersRead} user profiles read this run (Max Posts Read: ${budget}); X bills each read`,
	);
	const cursor = newestNumericId([...seenIds, options.sinceId]);
	return {
		mentions: collected.mentions,
		skipped: collected.skipped,
		...(cursor ? { cursor } : {}),
		requests: client.requests,
		notices: client.notices,
	};
}

function postsReadBudget(setting: number | undefined): number {
	if (setting === undefined) return DEFAULT_X_MAX_POSTS_READ;
	if (!Number.isFinite(setting) || setting < X_MIN_PAGE_SIZE) {
		throw new FieldError(
			'maxPostsRead',
			`${setting} is below one page: X returns at least ${X_MIN_PAGE_SIZE} posts a request`,
		);
	}
	return Math.floor(setting);
}

/** `(kw OR "two words" OR @handle) -excluded lang:xx -is:retweet` in X's query language. */
export function buildXQuery(query: MentionQuery): string {
	const terms = requireSearchTerms(query, x.displayName).map((term) =>
		term.startsWith('@')
			? `@${bareHandle(term)}`
			: /[\s:()"]/.test(term)
				? `"${term.replace(/"/g, '')}"`
				: term,
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
		throw new FieldError(
			'keywords',
			`the X query is ${built.length} characters; X accepts ${MAX_X_QUERY_LENGTH}: use fewer keywords or excluded words`,
		);
	}
	return built;
}

function startTimeFor(query: MentionQuery, now: Date, client: SourceClient): string | undefined {
	if (!query.since) return undefined;
	const earliest = DateTime.fromJSDate(now)
		.minus({ days: RECENT_WINDOW_DAYS })
		.plus({ minutes: 1 });
	if (DateTime.fromJSDate(query.since) >= earliest)
		return DateTime.fromJSDate(query.since).toUTC().toISO() ?? undefined;
	client.notice(
		`X recent search reaches back ${RECENT_WINDOW_DAYS} days only: searched from ${earliest.toUTC().toISO()}`,
	);
	return earliest.toUTC().toISO() ?? undefined;
}
