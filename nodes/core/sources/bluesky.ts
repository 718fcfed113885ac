import type { Mention } from '../mention/Mention';
import { collectPages } from './collectPages';
import type { HttpFetch, HttpResponse } from './http';
import {
	asArray,
	asCount,
	asNonEmptyString,
	asObject,
	asOptionalCount,
	asString,
	path,
} from './itemFields';
import type { MentionQuery, SearchResult } from './MentionQuery';
import type { FailureReading } from './requestWithRetry';
import type { SearchOptions } from './SearchOptions';
import { searchEachTerm } from './searchEachTerm';
import type { SourceAdapter } from './SourceAdapter';
import { pageSize, SourceClient } from './SourceClient';
import { addressesHandle, matchedTerm } from './textMatching';
import { isoFromIso } from './toIsoUtc';
import { requireSearchTerms, validateQuery } from './validateQuery';

const MAX_PAGES = 10;
/** `app.bsky.actor.getProfiles` takes at most 25 actors per call. */
const PROFILES_PER_CALL = 25;

export const bluesky: SourceAdapter = {
	name: 'bluesky',
	displayName: 'Bluesky',
	credentialType: 'blueskyApi',
	credentialDisplayName: 'Bluesky API',
	defaultBaseUrl: 'https://bsky.social',
	search: searchBluesky,
	// The credential's preAuthentication opens a new session once its accessJwt is empty.
	session: { expired: isExpiredSession, renew: { expirableField: 'accessJwt' } },
};

/** The PDS answers a stale accessJwt with `ExpiredToken` (400 today, 401 on some servers). */
export function isExpiredSession(response: HttpResponse): boolean {
	return (
		(response.status === 400 || response.status === 401) &&
		asString(path(response.body, 'error')) === 'ExpiredToken'
	);
}

/**
 * `app.bsky.feed.searchPosts` with `sort=latest` and its `cursor`; the session (accessJwt) comes
 * from the credential. Followers are not in a post view: with `fetchFollowers` one
 * `app.bsky.actor.getProfiles` call per 25 authors adds them.
 */
export async function searchBluesky(
	fetch: HttpFetch,
	query: MentionQuery,
	options: SearchOptions,
): Promise<SearchResult> {
	validateQuery(query);
	const terms = requireSearchTerms(query, bluesky.displayName);
	const client = new SourceClient(
		fetch,
		bluesky,
		bluesky.defaultBaseUrl,
		options,
		readBlueskyFailure,
	);
	const { mentions, skipped } = await searchEachTerm(terms, query, (term) =>
		collectPages(
			query,
			async (cursor, collected) => {
				const response = await client.sendJson({
					method: 'GET',
					url: `${client.baseUrl}/xrpc/app.bsky.feed.searchPosts`,
					qs: {
						q: term,
						sort: 'latest',
						limit: pageSize(query, collected, 1, 100),
						...(query.since ? { since: query.since.toISOString() } : {}),
						...(query.language ? { lang: query.language } : {}),
						...(cursor ? { cursor } : {}),
					},
				});
				if (!response) return undefined;
				return {
					items: asArray(path(response.body, 'posts')),
					next: asNonEmptyString(path(response.body, 'cursor')),
				};
			},
			(item) => normaliseBlueskyPost(item, query, term, options.includeRaw === true),
			{ maxPages: MAX_PAGES, newestFirst: true },
		),
	);
	const withFollowers = options.settings?.bluesky?.fetchFollowers
		? await addFollowers(client, mentions)
		: mentions;
	return { mentions: withFollowers, skipped, requests: client.requests, notices: client.notices };
}

/** An expired session is a 400 `ExpiredToken` on Bluesky, not a 401. */
function readBlueskyFailure(response: HttpResponse): FailureReading | undefined {
	const error = asString(path(response.body, 'error'));
	if (error === 'ExpiredToken' || error === 'InvalidToken') {
		return {
			retryable: false,
			hint: 'the Bluesky session expired or is invalid: run again to open a new one; if it persists, create a new app password',
		};
	}
	if (error === 'AuthenticationRequired')
		return {
			retryable: false,
			hint: 'this service needs a signed-in session: set the Bluesky credential and its Service URL',
		};
	return undefined;
}

async function addFollowers(client: SourceClient, mentions: Mention[]): Promise<Mention[]> {
	const dids = [
		...new Set(
			mentions
				.map((mention) => mention.author.id)
				.filter((did): did is string => did !== undefined),
		),
	];
	const followers = new Map<string, number>();
	for (let start = 0; start < dids.length; start += PROFILES_PER_CALL) {
		const params = new URLSearchParams();
		for (const did of dids.slice(start, start + PROFILES_PER_CALL)) params.append('actors', did);
		// The actors parameter repeats, which a flat qs object cannot express: it goes in the URL.
		const response = await client.sendJson({
			method: 'GET',
			url: `${client.baseUrl}/xrpc/app.bsky.actor.getProfiles?${params.toString()}`,
		});
		if (!response) break;
		for (const entry of asArray(path(response.body, 'profiles'))) {
			const profile = asObject(entry);
			const did = asNonEmptyString(profile?.did);
			const count = asOptionalCount(profile?.followersCount);
			if (did && count !== undefined) followers.set(did, count);
		}
	}
	return mentions.map((mention) => {
		const count = mention.author.id ? followers.get(mention.author.id) : undefined;
		return count === undefined
			? mention
			: { ...mention, author: { ...mention.author, followers: count } };
	});
}

/** A `postView`: the at-uri `at://<did>/app.bsky.feed.post/<rkey>` is the native id. */
export function normaliseBlueskyPost(
	item: unknown,
	query: MentionQuery,
	term: string,
	includeRaw: boolean,
): Mention | string {
	const post = asObject(item);
	if (!post) return 'not an object';
	const uri = asNonEmptyString(post.uri);
	const match = uri?.match(/^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/]+)$/);
	if (!uri || !match) return `post ${uri ?? '(no uri)'}: not an app.bsky.feed.post at-uri`;
	const [, did, rkey] = match;
	const author = asObject(post.author);
	const handle = asNonEmptyString(author?.handle);
	if (!author || !handle) return `post ${uri}: no author handle`;
	const record = asObject(post.record);
	const text = (asString(record?.text) ?? '').trim();
	if (text === '') return `post ${uri}: no text`;
	// createdAt is set by the posting client and can lie in the future; indexedAt is the server's time.
	const indexedAt = isoFromIso(post.indexedAt);
	const clientCreatedAt = isoFromIso(record?.createdAt);
	const createdAt =
		clientCreatedAt && (!indexedAt || Date.parse(clientCreatedAt) <= Date.parse(indexedAt))
			? clientCreatedAt
			: indexedAt;
	if (!createdAt) return `post ${uri}: no valid createdAt or indexedAt`;
	const language = asNonEmptyString(asArray(record?.langs)[0]);
	const replyParent = asNonEmptyString(path(record, 'reply', 'parent', 'uri'));
	const followers = asOptionalCount(author.followersCount);
	return {
		id: `bluesky:${did}/${rkey}`,
		source: 'bluesky',
		url: `https://bsky.app/profile/${handle}/post/${rkey}`,
		text,
		...(language ? { language } : {}),
		createdAt,
		...(indexedAt ? { indexedAt } : {}),
		author: {
			id: asNonEmptyString(author.did) ?? did,
			handle,
			...(asNonEmptyString(author.displayName) ? { name: asString(author.displayName) } : {}),
			...(followers !== undefined ? { followers } : {}),
			url: `https://bsky.app/profile/${handle}`,
		},
		engagement: {
			likes: asCount(post.likeCount),
			replies: asCount(post.replyCount),
			shares: asCount(post.repostCount) + asCount(post.quoteCount),
		},
		tagged:
			mentionFacetDids(record).some((mentioned) => query.brandHandles.includes(mentioned)) ||
			addressesHandle(text, query.brandHandles),
		...(replyParent
			? {
					inReplyTo: `bluesky:${replyParent.replace(/^at:\/\//, '').replace('/app.bsky.feed.post/', '/')}`,
				}
			: {}),
		query: matchedTerm(text, query.keywords, query.handles) ?? term,
		...(includeRaw ? { raw: item } : {}),
	};
}

/** Rich-text facets carry the DIDs of mentioned accounts (a brand may be configured by DID). */
function mentionFacetDids(record: unknown): string[] {
	return asArray(path(record, 'facets')).flatMap((facet) =>
		asArray(path(facet, 'features'))
			.map((feature) => asObject(feature))
			.filter((feature) => asString(feature?.$type) === 'app.bsky.richtext.facet#mention')
			.map((feature) => asString(feature?.did))
			.filter((did): did is string => did !== undefined),
	);
}
