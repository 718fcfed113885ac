import type { Mention } from '../mention/Mention';
import { collectPages } from './collectPages';
import { decodeEntities } from './htmlToText';
import type { HttpFetch, HttpResponse } from './http';
import { FieldError } from '../errors/FieldError';
import { asArray, asCount, asNonEmptyString, asObject, asString, path } from './itemFields';
import type { MentionQuery, SearchResult } from './MentionQuery';
import { redditUserAgent } from './redditUserAgent';
import type { FailureReading } from './requestWithRetry';
import type { SearchOptions } from './SearchOptions';
import type { SourceAdapter } from './SourceAdapter';
import { pageSize, SourceClient } from './SourceClient';
import { addressesHandle, bareHandle, matchedTerm } from './textMatching';
import { isoFromUnixSeconds } from './toIsoUtc';
import { requireSearchTerms, validateQuery } from './validateQuery';

const MAX_PAGES = 10;
/** Without a credential Reddit serves the same Listings as `.json` pages of its website. */
export const REDDIT_PUBLIC_BASE_URL = 'https://www.reddit.com';
/** A comment's post: `t3_` and the post's base-36 id. */
const POST_FULLNAME = /^t3_([a-z0-9]{1,16})$/i;

export const reddit: SourceAdapter = {
	name: 'reddit',
	displayName: 'Reddit',
	credentialType: 'crisisDeskRedditOAuth2Api',
	credentialDisplayName: 'Reddit App-Only OAuth2 API',
	defaultBaseUrl: 'https://oauth.reddit.com',
	search: searchReddit,
	// App-only tokens live 24 hours; Reddit answers a stale one with 401.
	session: { expired: (response) => response.status === 401, renew: { oAuth2Token: true } },
};

/**
 * `GET /search` or `/r/{subs}/search` with `sort=new`; the Listing's `after` is the cursor. With
 * `access: 'public'` (no credential) the same search is read from the website's `search.json`.
 */
export async function searchReddit(
	fetch: HttpFetch,
	query: MentionQuery,
	options: SearchOptions,
): Promise<SearchResult> {
	validateQuery(query);
	const terms = requireSearchTerms(query, reddit.displayName);
	const settings = options.settings?.reddit;
	const subreddits = (settings?.subreddits ?? [])
		.map((name) => name.trim().replace(/^\/?r\//i, ''))
		.filter(Boolean);
	const badSubreddit = subreddits.find((name) => !/^[A-Za-z0-9_]{2,21}$/.test(name));
	if (badSubreddit) throw new FieldError('subreddits', `"${badSubreddit}" is not a subreddit name`);
	const userAgent = redditUserAgent(settings?.username);
	const isPublic = settings?.access === 'public';
	const client = isPublic
		? new SourceClient(fetch, reddit, REDDIT_PUBLIC_BASE_URL, options, readPublicFailure)
		: new SourceClient(fetch, reddit, reddit.defaultBaseUrl, options);
	if (isPublic && !settings?.username?.trim()) {
		client.notice(
			'no Reddit Username is set: Reddit asks every client to name a contact in its User-Agent and throttles or blocks clients that do not; set Reddit Username',
		);
	}
	const searchPath = `${subreddits.length > 0 ? `/r/${subreddits.join('+')}/search` : '/search'}${isPublic ? '.json' : ''}`;
	const q = terms.map((term) => redditTerm(term)).join(' OR ');

	const collected = await collectPages(
		query,
		async (cursor, collectedSoFar) => {
			const response = await client.sendJson({
				method: 'GET',
				url: `${client.baseUrl}${searchPath}`,
				headers: { 'User-Agent': userAgent },
				qs: {
					q,
					sort: 'new',
					t: 'all',
					type: 'link',
					limit: pageSize(query, collectedSoFar, 1, 100),
					raw_json: 1,
					...(subreddits.length > 0 ? { restrict_sr: true } : {}),
					...(cursor ? { after: cursor } : {}),
				},
			});
			if (!response) return undefined;
			return {
				items: asArray(path(response.body, 'data', 'children')),
				next: asNonEmptyString(path(response.body, 'data', 'after')),
			};
		},
		(item) => normaliseRedditThing(item, query, q, options.includeRaw === true),
		{ maxPages: MAX_PAGES, newestFirst: true },
	);
	return {
		mentions: collected.mentions,
		skipped: collected.skipped,
		requests: client.requests,
		notices: client.notices,
	};
}

/** Reddit's website answers clients it does not serve (some networks, unidentified clients) with 403. */
function readPublicFailure(response: HttpResponse): FailureReading | undefined {
	if (response.status !== 403) return undefined;
	return {
		retryable: false,
		hint: 'Reddit refused its public listing: it blocks some networks (many cloud hosts) and clients without a Reddit Username in the User-Agent. Set Reddit Username, or use an approved OAuth app (Authentication: OAuth2 App)',
	};
}

/** Quoted when it has spaces, so "acme bank" is a phrase; a handle is searched by name. */
function redditTerm(term: string): string {
	const plain = term.startsWith('@') ? bareHandle(term) : term;
	return /\s/.test(plain) ? `"${plain.replace(/"/g, '')}"` : plain;
}

/** A Listing child: `t3` (post) or `t1` (comment). */
export function normaliseRedditThing(
	item: unknown,
	query: MentionQuery,
	searched: string,
	includeRaw: boolean,
): Mention | string {
	const thing = asObject(item);
	const kind = asString(thing?.kind);
	const data = asObject(thing?.data);
	if (!thing || !data) return 'not a Listing child with data';
	if (kind !== 't3' && kind !== 't1')
		return `kind ${kind ?? '(none)'} is neither a post nor a comment`;
	const id = asNonEmptyString(data.id);
	if (!id) return 'no id';
	const fullname = asNonEmptyString(data.name) ?? `${kind}_${id}`;
	const createdAt = isoFromUnixSeconds(data.created_utc);
	if (!createdAt) return `${fullname}: no valid created_utc`;
	const author = asNonEmptyString(data.author);
	if (!author) return `${fullname}: no author`;
	const parts =
		kind === 't3'
			? [asString(data.title) ?? '', asString(data.selftext) ?? '']
			: [asString(data.body) ?? ''];
	const text = decodeEntities(parts.filter((part) => part.trim() !== '').join('\n\n')).trim();
	if (text === '') return `${fullname}: no text`;
	const url = thingUrl(kind, id, data);
	if (!url) return `${fullname}: no permalink and no link_id to link the comment`;
	const parent = kind === 't1' ? asNonEmptyString(data.parent_id) : undefined;
	return {
		id: `reddit:${fullname}`,
		source: 'reddit',
		url,
		text,
		createdAt,
		author: {
			...(asNonEmptyString(data.author_fullname) ? { id: asString(data.author_fullname) } : {}),
			handle: author,
			url: `https://www.reddit.com/user/${encodeURIComponent(author)}`,
		},
		engagement: {
			likes: asCount(data.score),
			replies: asCount(data.num_comments),
			shares: asCount(data.num_crossposts),
		},
		tagged: addressesHandle(text, query.brandHandles),
		...(parent ? { inReplyTo: `reddit:${parent}` } : {}),
		query: matchedTerm(text, query.keywords, query.handles) ?? searched,
		...(includeRaw ? { raw: item } : {}),
	};
}

/**
 * The permalink when the Listing has one. Without it, `/comments/<id>` opens a post; a comment is
 * `/comments/<post id>/_/<comment id>`, its post taken from `link_id` (`t3_<post id>`).
 */
function thingUrl(
	kind: 't1' | 't3',
	id: string,
	data: Record<string, unknown>,
): string | undefined {
	const permalink = asNonEmptyString(data.permalink);
	if (permalink) return `https://www.reddit.com${permalink}`;
	if (kind === 't3') return `https://www.reddit.com/comments/${encodeURIComponent(id)}`;
	const post = POST_FULLNAME.exec(asString(data.link_id)?.trim() ?? '')?.[1];
	return post ? `https://www.reddit.com/comments/${post}/_/${encodeURIComponent(id)}` : undefined;
}
