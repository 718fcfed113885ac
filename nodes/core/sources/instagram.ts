import type { Mention } from '../mention/Mention';
import { GraphApiClient, type GraphApiEdge, type PageVerdict } from './GraphApiClient';
import { GRAPH_API_BASE_URL } from './graphApiVersion';
import type { HttpFetch } from './http';
import { FieldError } from '../errors/FieldError';
import { asArray, asCount, asNonEmptyString, asObject, asString, path, type JsonObject } from './itemFields';
import { MentionCollector, type MentionRead } from './MentionCollector';
import type { MentionQuery, SearchResult } from './MentionQuery';
import { MAX_RECENT_POSTS, readRecentPosts } from './recentPosts';
import type { SearchOptions } from './SearchOptions';
import type { SourceAdapter } from './SourceAdapter';
import { addressesHandle, matchedTerm, sameHandle } from './textMatching';
import { isoFromIso } from './toIsoUtc';
import { validateQuery } from './validateQuery';

export const instagram: SourceAdapter = {
	name: 'instagram',
	displayName: 'Instagram',
	// An access token, sent as `access_token` to the credential's Graph API address.
	credentialType: 'crisisDeskMetaGraphApi',
	credentialDisplayName: 'Crisis Desk Meta Graph API',
	defaultBaseUrl: GRAPH_API_BASE_URL,
	search: searchInstagram,
};

export type InstagramRead = 'comments' | 'tags' | 'hashtags';
export const INSTAGRAM_DEFAULT_READ: readonly InstagramRead[] = ['comments', 'tags'];

/** Hashtag results do not name the author; this cannot be an Instagram username, so no reply can tag someone by it. */
export const UNDISCLOSED_AUTHOR = '(unknown)';

const MEDIA_FIELDS = 'id,caption,permalink,timestamp,username,comments_count,like_count';
const COMMENT_FIELDS = 'id,text,timestamp,username,like_count,from{id,username},parent_id';
const HASHTAG_MEDIA_FIELDS = 'id,caption,permalink,timestamp,media_type,comments_count,like_count';

// The permissions Meta's reference lists for each edge (Instagram API with Facebook Login).
const MEDIA_PERMISSIONS = ['instagram_basic', 'pages_read_engagement', 'pages_show_list'];
const COMMENT_PERMISSIONS = ['instagram_basic', 'instagram_manage_comments', 'pages_read_engagement', 'pages_show_list'];
const HASHTAG_PERMISSIONS = ['instagram_basic', 'the Instagram Public Content Access feature'];
const ACCOUNT_SETTING = 'Instagram Account ID';

const NUMERIC_ID = /^\d{1,30}$/;
/** An Instagram hashtag: letters, digits and underscores, no spaces or emoji. */
const HASHTAG = /^[\p{L}\p{N}_]{1,100}$/u;

interface MediaContext {
	id: string;
	permalink?: string;
	owner?: string;
}

/**
 * Instagram Graph API (business and creator accounts, Facebook Login): comments and replies on the
 * brand's latest posts (`/{ig-user-id}/media` → `/{media-id}/comments`, then `/{comment-id}/replies`
 * where a comment has more), posts that tag the brand (`/{ig-user-id}/tags`) and, when asked, the
 * keywords as hashtags (`ig_hashtag_search` → `/{hashtag-id}/recent_media`, the last 24 hours).
 * Every comment under the brand's posts is returned, whatever the keywords: none may be ignored.
 */
export async function searchInstagram(fetch: HttpFetch, query: MentionQuery, options: SearchOptions): Promise<SearchResult> {
	validateQuery(query);
	const settings = instagramSettings(options);
	const collector = new MentionCollector(query);
	const graph = new GraphApiClient(fetch, instagram, options, () => collector.hasMentions());
	const includeRaw = options.includeRaw === true;

	if (settings.read.includes('comments')) await readComments(graph, collector.startRead(), query, settings, includeRaw);
	if (settings.read.includes('tags')) await readTags(graph, collector.startRead(), query, settings.accountId, includeRaw);
	if (settings.read.includes('hashtags')) await readHashtags(graph, collector, query, settings.accountId, includeRaw);

	const { mentions, cut } = collector.result();
	if (cut) graph.notice(`found more than Limit (${query.limit}): kept the newest`);
	if (mentions.length === 0) graph.notice(`no new comments, tags${settings.read.includes('hashtags') ? ' or hashtag posts' : ''} in what was read (${describeRead(settings)})`);
	return { mentions, skipped: collector.skipped, requests: graph.requests, notices: graph.notices };
}

interface InstagramSettings {
	accountId: string;
	read: InstagramRead[];
	recentPosts: number;
}

function instagramSettings(options: SearchOptions): InstagramSettings {
	const given = options.settings?.instagram;
	const accountId = given?.accountId?.trim() ?? '';
	if (!NUMERIC_ID.test(accountId)) {
		throw new FieldError(
			'instagramAccountId',
			accountId === ''
				? 'give the Instagram professional account ID (GET /me/accounts?fields=instagram_business_account in the Graph API Explorer shows it)'
				: `"${accountId}" is not an Instagram account ID (a number such as 17841400000000000, not the @username)`,
		);
	}
	const read = [...new Set(given?.read ?? INSTAGRAM_DEFAULT_READ)];
	if (read.length === 0) throw new FieldError('instagramRead', 'choose at least one thing to read');
	const recentPosts = readRecentPosts(given?.recentPosts);
	return { accountId, read, recentPosts };
}

function describeRead(settings: InstagramSettings): string {
	return settings.read
		.map((part) => (part === 'comments' ? `comments on the latest ${settings.recentPosts} posts` : part === 'tags' ? 'posts tagging the account' : 'hashtags'))
		.join(', ');
}

/** The latest posts, then the comments of each that has any, replies included. */
async function readComments(graph: GraphApiClient, read: MentionRead, query: MentionQuery, settings: InstagramSettings, includeRaw: boolean): Promise<void> {
	const body = await graph.get({
		path: `${settings.accountId}/media`,
		qs: { fields: MEDIA_FIELDS, limit: settings.recentPosts },
		maxPageSize: MAX_RECENT_POSTS,
		permissions: MEDIA_PERMISSIONS,
		idSetting: ACCOUNT_SETTING,
	});
	const morePages: Array<{ commentId: string; media: MediaContext }> = [];
	for (const item of asArray(body?.data).slice(0, settings.recentPosts)) {
		const media = asObject(item);
		const id = asNonEmptyString(media?.id);
		if (!media || id === undefined || !NUMERIC_ID.test(id)) {
			read.offer(`media ${id ?? '(no id)'}: not an Instagram media id`);
			continue;
		}
		// comments_count covers replies too: a post nobody commented on costs no request.
		if (media.comments_count !== undefined && asCount(media.comments_count) === 0) continue;
		if (read.remaining === 0) break;
		const context: MediaContext = { id, permalink: asNonEmptyString(media.permalink), owner: asNonEmptyString(media.username) };
		const canGoOn = await graph.readEdge(
			commentEdge(`${id}/comments`, `${COMMENT_FIELDS},replies{${COMMENT_FIELDS}}`),
			() => read.remaining,
			(comments) => {
				const times: number[] = [];
				for (const comment of comments) {
					times.push(offerComment(read, comment, context, query, settings.accountId, includeRaw));
					const replies = asObject(asObject(comment)?.replies);
					const commentId = asNonEmptyString(asObject(comment)?.id);
					if (commentId && NUMERIC_ID.test(commentId) && asNonEmptyString(path(replies, 'paging', 'next'))) morePages.push({ commentId, media: context });
				}
				return pageVerdict(read, times, query);
			},
		);
		if (!canGoOn) return;
	}
	for (const { commentId, media } of morePages) {
		if (read.remaining === 0) return;
		// The first replies came with the comment; the rest of a long thread is read on its own edge.
		const canGoOn = await graph.readEdge(
			commentEdge(`${commentId}/replies`, COMMENT_FIELDS),
			() => read.remaining,
			(replies) => {
				const times = replies.map((reply) => offerComment(read, reply, media, query, settings.accountId, includeRaw, commentId));
				return pageVerdict(read, times, query);
			},
		);
		if (!canGoOn) return;
	}
}

function commentEdge(edgePath: string, fields: string): GraphApiEdge {
	return { path: edgePath, qs: { fields }, maxPageSize: 50, permissions: COMMENT_PERMISSIONS };
}

/**
 * A comment and the replies that came with it; returns the comment's own time (NaN when it has none)
 * for the paging decision. The brand's own comments (the account itself, or a Brand Handle) are its
 * answers, not mentions: they are left out without a skip.
 */
function offerComment(
	read: MentionRead,
	item: unknown,
	media: MediaContext,
	query: MentionQuery,
	accountId: string,
	includeRaw: boolean,
	parentId?: string,
): number {
	const comment = asObject(item);
	const entries: Array<[unknown, string | undefined]> = [[item, parentId]];
	const commentId = asNonEmptyString(comment?.id);
	for (const reply of asArray(path(comment, 'replies', 'data'))) entries.push([reply, commentId]);
	for (const [entry, parent] of entries) {
		const record = asObject(entry);
		if (record && isBrandComment(record, media, query, accountId)) continue;
		read.offer(normaliseInstagramComment(entry, media, query, includeRaw, parent));
	}
	return Date.parse(asString(comment?.timestamp) ?? '');
}

function isBrandComment(comment: JsonObject, media: MediaContext, query: MentionQuery, accountId: string): boolean {
	const username = asNonEmptyString(comment.username) ?? asNonEmptyString(path(comment, 'from', 'username'));
	if (asString(path(comment, 'from', 'id')) === accountId) return true;
	if (username === undefined) return false;
	return (media.owner !== undefined && sameHandle(username, media.owner)) || query.brandHandles.some((brand) => sameHandle(brand, username));
}

/**
 * Meta documents no order for comments: paging stops at `since` only when a page runs newest first
 * (its first comment is not older than its last) and reached past `since`.
 */
function pageVerdict(read: MentionRead, listedTimes: number[], query: MentionQuery): PageVerdict {
	if (read.remaining === 0) return 'enough';
	const times = listedTimes.filter((time) => Number.isFinite(time));
	if (!query.since || times.length === 0) return 'more';
	const newestFirst = times[0] >= times[times.length - 1];
	const reachedSince = times.some((time) => time < (query.since as Date).getTime());
	return newestFirst && reachedSince ? 'enough' : 'more';
}

export function normaliseInstagramComment(
	item: unknown,
	media: MediaContext,
	query: MentionQuery,
	includeRaw: boolean,
	parentId?: string,
): Mention | string {
	const comment = asObject(item);
	if (!comment) return 'comment: not an object';
	const id = asNonEmptyString(comment.id);
	if (id === undefined) return `comment on media ${media.id}: no id`;
	const text = asString(comment.text)?.trim() ?? '';
	if (text === '') return `comment ${id}: no text`;
	const createdAt = isoFromIso(comment.timestamp);
	if (!createdAt) return `comment ${id}: no valid timestamp`;
	if (!media.permalink) return `comment ${id}: its post has no permalink`;
	const username = asNonEmptyString(comment.username) ?? asNonEmptyString(path(comment, 'from', 'username'));
	const authorId = asNonEmptyString(path(comment, 'from', 'id'));
	return {
		id: `instagram:${id}`,
		source: 'instagram',
		url: media.permalink,
		text,
		createdAt,
		author: {
			...(authorId ? { id: authorId } : {}),
			handle: username ?? UNDISCLOSED_AUTHOR,
			...(username ? { url: `https://www.instagram.com/${encodeURIComponent(username)}/` } : {}),
		},
		engagement: { likes: asCount(comment.like_count), replies: asArray(path(comment, 'replies', 'data')).length, shares: 0 },
		// A comment under the brand's own post is addressed to the brand.
		tagged: true,
		inReplyTo: `instagram:${asNonEmptyString(comment.parent_id) ?? parentId ?? media.id}`,
		query: matchedTerm(text, query.keywords, query.handles) ?? `comments:${media.id}`,
		...(includeRaw ? { raw: item } : {}),
	};
}

/** Posts by others that tag the brand's account, newest first. */
async function readTags(graph: GraphApiClient, read: MentionRead, query: MentionQuery, accountId: string, includeRaw: boolean): Promise<void> {
	await graph.readEdge(
		{ path: `${accountId}/tags`, qs: { fields: MEDIA_FIELDS }, maxPageSize: 100, permissions: COMMENT_PERMISSIONS, idSetting: ACCOUNT_SETTING },
		() => read.remaining,
		(items) => offerMedia(read, items, (item) => normaliseInstagramMedia(item, query, { label: `tags:${accountId}`, tagsBrand: true }, includeRaw)),
	);
}

/** Each keyword that is one word, as a hashtag: its posts of the last 24 hours. */
async function readHashtags(graph: GraphApiClient, collector: MentionCollector, query: MentionQuery, accountId: string, includeRaw: boolean): Promise<void> {
	const hashtags = new Map<string, string>();
	for (const keyword of query.keywords) {
		const name = keyword.trim().replace(/^#/, '');
		if (name === '') continue;
		if (!HASHTAG.test(name)) {
			graph.notice(`"${keyword.trim()}" cannot be an Instagram hashtag (one word of letters, digits and _): not searched`);
			continue;
		}
		hashtags.set(name.toLowerCase(), name);
	}
	if (hashtags.size === 0) {
		graph.notice('hashtags: give one-word keywords to search as Instagram hashtags');
		return;
	}
	for (const name of hashtags.values()) {
		const found = await graph.get({
			path: 'ig_hashtag_search',
			qs: { user_id: accountId, q: name },
			maxPageSize: 1,
			permissions: HASHTAG_PERMISSIONS,
		});
		if (!found) return;
		const hashtagId = asNonEmptyString(path(asArray(found.data)[0], 'id'));
		if (hashtagId === undefined || !NUMERIC_ID.test(hashtagId)) {
			graph.notice(`Instagram has no hashtag #${name}`);
			continue;
		}
		const read = collector.startRead();
		const canGoOn = await graph.readEdge(
			{
				path: `${hashtagId}/recent_media`,
				qs: { user_id: accountId, fields: HASHTAG_MEDIA_FIELDS },
				maxPageSize: 50,
				permissions: HASHTAG_PERMISSIONS,
			},
			() => read.remaining,
			(items) => offerMedia(read, items, (item) => normaliseInstagramMedia(item, query, { label: `#${name}`, tagsBrand: false }, includeRaw)),
		);
		if (!canGoOn) return;
	}
	graph.notice('hashtag search counts each new hashtag against 30 unique hashtags per account in 7 days');
}

/** Tags and hashtag posts come newest first: a post older than `since` ends the edge. */
function offerMedia(read: MentionRead, items: unknown[], normalise: (item: unknown) => Mention | string): PageVerdict {
	let reachedSince = false;
	for (const item of items) {
		const outcome = read.offer(normalise(item));
		if (outcome === 'older') reachedSince = true;
	}
	return reachedSince || read.remaining === 0 ? 'enough' : 'more';
}

/** A post that tags the brand, or carries a searched hashtag (whose author Meta does not disclose). */
export function normaliseInstagramMedia(
	item: unknown,
	query: MentionQuery,
	found: { label: string; tagsBrand: boolean },
	includeRaw: boolean,
): Mention | string {
	const media = asObject(item);
	if (!media) return 'media: not an object';
	const id = asNonEmptyString(media.id);
	if (id === undefined) return 'media: no id';
	const text = asString(media.caption)?.trim() ?? '';
	if (text === '') return `media ${id}: no caption`;
	const createdAt = isoFromIso(media.timestamp);
	if (!createdAt) return `media ${id}: no valid timestamp`;
	const url = asNonEmptyString(media.permalink);
	if (!url) return `media ${id}: no permalink`;
	const username = asNonEmptyString(media.username);
	return {
		id: `instagram:${id}`,
		source: 'instagram',
		url,
		text,
		createdAt,
		author: { handle: username ?? UNDISCLOSED_AUTHOR, ...(username ? { url: `https://www.instagram.com/${encodeURIComponent(username)}/` } : {}) },
		engagement: { likes: asCount(media.like_count), replies: asCount(media.comments_count), shares: 0 },
		// A tag names the brand's account; a hashtag post is addressed to it only when it @mentions it.
		tagged: found.tagsBrand || addressesHandle(text, query.brandHandles),
		query: matchedTerm(text, query.keywords, query.handles) ?? found.label,
		...(includeRaw ? { raw: item } : {}),
	};
}
