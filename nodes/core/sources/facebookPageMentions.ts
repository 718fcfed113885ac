import type { Mention } from '../mention/Mention';
import { asCount, asNonEmptyString, asObject, asString, path, type JsonObject } from './itemFields';
import type { MentionQuery } from './MentionQuery';
import { matchedTerm } from './textMatching';
import { isoFromIso } from './toIsoUtc';

/** `/tagged` names a user post's author only to that user; this cannot be taken for a name in a reply. */
export const UNDISCLOSED_AUTHOR = '(unknown)';

function author(from: JsonObject | undefined): Mention['author'] {
	const id = asNonEmptyString(from?.id);
	const name = asNonEmptyString(from?.name);
	return {
		...(id ? { id } : {}),
		handle: name ?? id ?? UNDISCLOSED_AUTHOR,
		...(name ? { name } : {}),
	};
}

/** A visitor's post on the Page, or a post that tags it: both are addressed to the brand. */
export function normaliseFacebookPost(
	item: unknown,
	query: MentionQuery,
	found: 'visitor' | 'tagged',
	includeRaw: boolean,
): Mention | string {
	const post = asObject(item);
	if (!post) return 'post: not an object';
	const id = asNonEmptyString(post.id);
	if (id === undefined) return 'post: no id';
	const text = asString(post.message)?.trim() ?? '';
	if (text === '') return `post ${id}: no message (a photo, video or share without text)`;
	const createdAt = isoFromIso(post.created_time);
	if (!createdAt) return `post ${id}: no valid created_time`;
	return {
		id: `facebook:${id}`,
		source: 'facebook',
		url: asNonEmptyString(post.permalink_url) ?? `https://www.facebook.com/${id}`,
		text,
		createdAt,
		author: author(asObject(post.from)),
		engagement: {
			likes: asCount(path(post, 'reactions', 'summary', 'total_count')),
			replies: asCount(path(post, 'comments', 'summary', 'total_count')),
			shares: asCount(path(post, 'shares', 'count')),
		},
		tagged: true,
		query:
			matchedTerm(text, query.keywords, query.handles) ??
			(found === 'visitor' ? 'visitor post' : 'tagged'),
		...(includeRaw ? { raw: item } : {}),
	};
}

export function normaliseFacebookComment(
	item: unknown,
	post: JsonObject,
	query: MentionQuery,
	includeRaw: boolean,
): Mention | string {
	const comment = asObject(item);
	if (!comment) return 'comment: not an object';
	const id = asNonEmptyString(comment.id);
	const postId = asString(post.id) ?? '';
	if (id === undefined) return `comment on post ${postId}: no id`;
	const text = asString(comment.message)?.trim() ?? '';
	if (text === '') return `comment ${id}: no message (a sticker or photo without text)`;
	const createdAt = isoFromIso(comment.created_time);
	if (!createdAt) return `comment ${id}: no valid created_time`;
	const parentId = asNonEmptyString(path(comment, 'parent', 'id'));
	return {
		id: `facebook:${id}`,
		source: 'facebook',
		url:
			asNonEmptyString(comment.permalink_url) ??
			asNonEmptyString(post.permalink_url) ??
			`https://www.facebook.com/${postId}`,
		text,
		createdAt,
		author: author(asObject(comment.from)),
		engagement: {
			likes: asCount(comment.like_count),
			replies: asCount(comment.comment_count),
			shares: 0,
		},
		// A comment under the brand's own Page post is addressed to the brand.
		tagged: true,
		inReplyTo: `facebook:${parentId ?? postId}`,
		query: matchedTerm(text, query.keywords, query.handles) ?? `comments:${postId}`,
		...(includeRaw ? { raw: item } : {}),
	};
}
