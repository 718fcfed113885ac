import type { Mention } from '../mention/Mention';
import type { GraphApiClient, GraphApiEdge, PageVerdict } from './GraphApiClient';
import {
	ACCOUNT_SETTING,
	COMMENT_FIELDS,
	COMMENT_PERMISSIONS,
	MEDIA_FIELDS,
	MEDIA_PERMISSIONS,
	NUMERIC_ID,
	UNDISCLOSED_AUTHOR,
} from './instagramGraphApi';
import type { InstagramSettings } from './instagramSettings';
import {
	asArray,
	asCount,
	asNonEmptyString,
	asObject,
	asString,
	path,
	type JsonObject,
} from './itemFields';
import type { MentionRead } from './MentionCollector';
import type { MentionQuery } from './MentionQuery';
import { MAX_RECENT_POSTS } from './recentPosts';
import { matchedTerm, sameHandle } from './textMatching';
import { isoFromIso } from './toIsoUtc';

interface MediaContext {
	id: string;
	permalink?: string;
	owner?: string;
}

/** The latest posts, then the comments of each that has any, replies included. */
export async function readComments(
	graph: GraphApiClient,
	read: MentionRead,
	query: MentionQuery,
	settings: InstagramSettings,
	includeRaw: boolean,
): Promise<void> {
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
		const context: MediaContext = {
			id,
			permalink: asNonEmptyString(media.permalink),
			owner: asNonEmptyString(media.username),
		};
		const canGoOn = await graph.readEdge(
			commentEdge(`${id}/comments`, `${COMMENT_FIELDS},replies{${COMMENT_FIELDS}}`),
			() => read.remaining,
			(comments) => {
				const times: number[] = [];
				for (const comment of comments) {
					times.push(offerComment(read, comment, context, query, settings.accountId, includeRaw));
					const replies = asObject(asObject(comment)?.replies);
					const commentId = asNonEmptyString(asObject(comment)?.id);
					if (
						commentId &&
						NUMERIC_ID.test(commentId) &&
						asNonEmptyString(path(replies, 'paging', 'next'))
					)
						morePages.push({ commentId, media: context });
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
				const times = replies.map((reply) =>
					offerComment(read, reply, media, query, settings.accountId, includeRaw, commentId),
				);
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

function isBrandComment(
	comment: JsonObject,
	media: MediaContext,
	query: MentionQuery,
	accountId: string,
): boolean {
	const username =
		asNonEmptyString(comment.username) ?? asNonEmptyString(path(comment, 'from', 'username'));
	if (asString(path(comment, 'from', 'id')) === accountId) return true;
	if (username === undefined) return false;
	return (
		(media.owner !== undefined && sameHandle(username, media.owner)) ||
		query.brandHandles.some((brand) => sameHandle(brand, username))
	);
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
	const username =
		asNonEmptyString(comment.username) ?? asNonEmptyString(path(comment, 'from', 'username'));
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
		engagement: {
			likes: asCount(comment.like_count),
			replies: asArray(path(comment, 'replies', 'data')).length,
			shares: 0,
		},
		// A comment under the brand's own post is addressed to the brand.
		tagged: true,
		inReplyTo: `instagram:${asNonEmptyString(comment.parent_id) ?? parentId ?? media.id}`,
		query: matchedTerm(text, query.keywords, query.handles) ?? `comments:${media.id}`,
		...(includeRaw ? { raw: item } : {}),
	};
}
