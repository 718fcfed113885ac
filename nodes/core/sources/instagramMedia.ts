import type { Mention } from '../mention/Mention';
import type { GraphApiClient, PageVerdict } from './GraphApiClient';
import {
	ACCOUNT_SETTING,
	COMMENT_PERMISSIONS,
	HASHTAG_MEDIA_FIELDS,
	HASHTAG_PERMISSIONS,
	MEDIA_FIELDS,
	NUMERIC_ID,
	UNDISCLOSED_AUTHOR,
} from './instagramGraphApi';
import { asArray, asCount, asNonEmptyString, asObject, asString, path } from './itemFields';
import type { MentionCollector, MentionRead } from './MentionCollector';
import type { MentionQuery } from './MentionQuery';
import { addressesHandle, matchedTerm } from './textMatching';
import { isoFromIso } from './toIsoUtc';

/** An Instagram hashtag: letters, digits and underscores, no spaces or emoji. */
const HASHTAG = /^[\p{L}\p{N}_]{1,100}$/u;

/** Posts by others that tag the brand's account, newest first. */
export async function readTags(
	graph: GraphApiClient,
	read: MentionRead,
	query: MentionQuery,
	accountId: string,
	includeRaw: boolean,
): Promise<void> {
	await graph.readEdge(
		{
			path: `${accountId}/tags`,
			qs: { fields: MEDIA_FIELDS },
			maxPageSize: 100,
			permissions: COMMENT_PERMISSIONS,
			idSetting: ACCOUNT_SETTING,
		},
		() => read.remaining,
		(items) =>
			offerMedia(read, items, (item) =>
				normaliseInstagramMedia(
					item,
					query,
					{ label: `tags:${accountId}`, tagsBrand: true },
					includeRaw,
				),
			),
	);
}

/** Each keyword that is one word, as a hashtag: its posts of the last 24 hours. */
export async function readHashtags(
	graph: GraphApiClient,
	collector: MentionCollector,
	query: MentionQuery,
	accountId: string,
	includeRaw: boolean,
): Promise<void> {
	const hashtags = new Map<string, string>();
	for (const keyword of query.keywords) {
		const name = keyword.trim().replace(/^#/, '');
		if (name === '') continue;
		if (!HASHTAG.test(name)) {
			graph.notice(
				`"${keyword.trim()}" cannot be an Instagram hashtag (one word of letters, digits and _): not searched`,
			);
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
			(items) =>
				offerMedia(read, items, (item) =>
					normaliseInstagramMedia(item, query, { label: `#${name}`, tagsBrand: false }, includeRaw),
				),
		);
		if (!canGoOn) return;
	}
	graph.notice(
		'hashtag search counts each new hashtag against 30 unique hashtags per account in 7 days',
	);
}

/** Tags and hashtag posts come newest first: a post older than `since` ends the edge. */
function offerMedia(
	read: MentionRead,
	items: unknown[],
	normalise: (item: unknown) => Mention | string,
): PageVerdict {
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
		author: {
			handle: username ?? UNDISCLOSED_AUTHOR,
			...(username ? { url: `https://www.instagram.com/${encodeURIComponent(username)}/` } : {}),
		},
		engagement: {
			likes: asCount(media.like_count),
			replies: asCount(media.comments_count),
			shares: 0,
		},
		// A tag names the brand's account; a hashtag post is addressed to it only when it @mentions it.
		tagged: found.tagsBrand || addressesHandle(text, query.brandHandles),
		query: matchedTerm(text, query.keywords, query.handles) ?? found.label,
		...(includeRaw ? { raw: item } : {}),
	};
}
