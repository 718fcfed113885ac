import type { Mention } from '../mention/Mention';
import { GraphApiClient, type PageVerdict } from './GraphApiClient';
import { GRAPH_API_BASE_URL } from './graphApiVersion';
import type { HttpFetch } from './http';
import { normaliseFacebookComment, normaliseFacebookPost } from './facebookPageMentions';
import {
	describeFacebookRead,
	facebookSettings,
	type FacebookSettings,
} from './facebookPageSettings';
import {
	asArray,
	asCount,
	asNonEmptyString,
	asObject,
	asString,
	path,
	type JsonObject,
} from './itemFields';
import { MentionCollector, type MentionRead } from './MentionCollector';
import type { MentionQuery, SearchResult } from './MentionQuery';
import { MAX_RECENT_POSTS } from './recentPosts';
import type { SearchOptions } from './SearchOptions';
import type { SourceAdapter } from './SourceAdapter';
import { sameHandle } from './textMatching';
import { validateQuery } from './validateQuery';

export const facebookPage: SourceAdapter = {
	name: 'facebook',
	displayName: 'Facebook Page',
	// An access token, sent as `access_token` to the credential's Graph API address.
	credentialType: 'crisisDeskMetaGraphApi',
	credentialDisplayName: 'Crisis Desk Meta Graph API',
	defaultBaseUrl: GRAPH_API_BASE_URL,
	search: searchFacebookPage,
};

const POST_FIELDS =
	'id,message,created_time,updated_time,permalink_url,from,shares,comments.limit(0).summary(true),reactions.limit(0).summary(true)';
const COMMENT_FIELDS =
	'id,message,created_time,from,like_count,comment_count,permalink_url,parent{id}';

// Meta's Page reference: content by the Page needs pages_read_engagement, content by visitors pages_read_user_content.
const FEED_PERMISSIONS = ['pages_read_engagement', 'pages_read_user_content', 'pages_show_list'];
const TAGGED_PERMISSIONS = ['pages_read_user_content', 'pages_show_list'];
const PAGE_TOKEN_ADVICE =
	'use a Page access token (GET /me/accounts gives one for each Page you manage)';
const PAGE_SETTING = 'Page ID';

/** Page posts are `<page id>_<post id>`, comments `<post id>_<comment id>`. */
const OBJECT_ID = /^\d{1,30}(_\d{1,30})?$/;

/**
 * Facebook Pages through the Graph API: the latest posts of the Page's feed (`/{page-id}/feed`, the
 * Page's own posts and visitors' posts), the comments and replies under each post that has new
 * activity (`/{post-id}/comments`, newest first), and public posts that tag the Page
 * (`/{page-id}/tagged`). Every comment under the Page's posts is returned, whatever the keywords.
 */
export async function searchFacebookPage(
	fetch: HttpFetch,
	query: MentionQuery,
	options: SearchOptions,
): Promise<SearchResult> {
	validateQuery(query);
	const settings = facebookSettings(options);
	const collector = new MentionCollector(query);
	const graph = new GraphApiClient(fetch, facebookPage, options, () => collector.hasMentions());
	const includeRaw = options.includeRaw === true;

	if (settings.read.includes('comments') || settings.read.includes('visitorPosts')) {
		await readFeed(graph, collector, query, settings, includeRaw);
	}
	if (settings.read.includes('tagged'))
		await readTagged(graph, collector.startRead(), query, settings.pageId, includeRaw);

	const { mentions, cut } = collector.result();
	if (cut) graph.notice(`found more than Limit (${query.limit}): kept the newest`);
	if (mentions.length === 0)
		graph.notice(`no new comments or posts in what was read (${describeFacebookRead(settings)})`);
	return { mentions, skipped: collector.skipped, requests: graph.requests, notices: graph.notices };
}

/**
 * The latest posts of the feed: visitors' posts are mentions themselves; the comments of every post
 * are read unless its `updated_time` (which a new comment moves) is older than `since`.
 */
async function readFeed(
	graph: GraphApiClient,
	collector: MentionCollector,
	query: MentionQuery,
	settings: FacebookSettings,
	includeRaw: boolean,
): Promise<void> {
	const body = await graph.get({
		path: `${settings.pageId}/feed`,
		qs: { fields: POST_FIELDS, limit: settings.recentPosts },
		maxPageSize: MAX_RECENT_POSTS,
		permissions: FEED_PERMISSIONS,
		idSetting: PAGE_SETTING,
		tokenAdvice: PAGE_TOKEN_ADVICE,
	});
	const feed = collector.startRead();
	const posts: JsonObject[] = [];
	for (const item of asArray(body?.data).slice(0, settings.recentPosts)) {
		const post = asObject(item);
		const id = asNonEmptyString(post?.id);
		if (!post || id === undefined || !OBJECT_ID.test(id)) {
			feed.offer(`post ${id ?? '(no id)'}: not a Facebook post id`);
			continue;
		}
		posts.push(post);
		if (
			settings.read.includes('visitorPosts') &&
			asString(path(post, 'from', 'id')) !== settings.pageId
		) {
			feed.offer(normaliseFacebookPost(post, query, 'visitor', includeRaw));
		}
	}
	if (!settings.read.includes('comments')) return;
	const comments = collector.startRead();
	for (const post of posts) {
		if (comments.remaining === 0) return;
		if (!hasActivitySince(post, query.since)) continue;
		const postId = asString(post.id) as string;
		const canGoOn = await graph.readEdge(
			{
				path: `${postId}/comments`,
				// `stream` lists replies too, and the order puts the newest first so paging can stop at `since`.
				qs: { fields: COMMENT_FIELDS, filter: 'stream', order: 'reverse_chronological' },
				maxPageSize: 100,
				permissions: FEED_PERMISSIONS,
				tokenAdvice: PAGE_TOKEN_ADVICE,
			},
			() => comments.remaining,
			(items) =>
				offerNewestFirst(comments, items, (item) =>
					isPageComment(item, settings.pageId, query)
						? undefined
						: normaliseFacebookComment(item, post, query, includeRaw),
				),
		);
		if (!canGoOn) return;
	}
}

/** A post without comments costs no request; one not updated since `since` has no new comment. */
function hasActivitySince(post: JsonObject, since: Date | undefined): boolean {
	const total = path(post, 'comments', 'summary', 'total_count');
	if (total !== undefined && asCount(total) === 0) return false;
	const updated = Date.parse(asString(post.updated_time) ?? '');
	return !since || !Number.isFinite(updated) || updated >= since.getTime();
}

/** The Page's own comments (or a Brand Handle's) are its answers, not mentions: left out without a skip. */
function isPageComment(item: unknown, pageId: string, query: MentionQuery): boolean {
	const from = asObject(asObject(item)?.from);
	if (!from) return false;
	if (asString(from.id) === pageId) return true;
	const name = asNonEmptyString(from.name);
	return name !== undefined && query.brandHandles.some((brand) => sameHandle(brand, name));
}

/** Public posts by others that tag the Page, newest first. */
async function readTagged(
	graph: GraphApiClient,
	read: MentionRead,
	query: MentionQuery,
	pageId: string,
	includeRaw: boolean,
): Promise<void> {
	await graph.readEdge(
		{
			path: `${pageId}/tagged`,
			qs: {
				fields: POST_FIELDS,
				// Unix seconds: the edge pages by time, so Meta leaves out what the poll already has.
				...(query.since ? { since: Math.floor(query.since.getTime() / 1000) } : {}),
			},
			maxPageSize: 100,
			permissions: TAGGED_PERMISSIONS,
			idSetting: PAGE_SETTING,
			tokenAdvice: PAGE_TOKEN_ADVICE,
		},
		() => read.remaining,
		(items) =>
			offerNewestFirst(read, items, (item) =>
				normaliseFacebookPost(item, query, 'tagged', includeRaw),
			),
	);
}

/** A newest-first page: an item older than `since` ends the edge. `undefined` leaves an item out. */
function offerNewestFirst(
	read: MentionRead,
	items: unknown[],
	normalise: (item: unknown) => Mention | string | undefined,
): PageVerdict {
	let reachedSince = false;
	for (const item of items) {
		const normalised = normalise(item);
		if (normalised !== undefined && read.offer(normalised) === 'older') reachedSince = true;
	}
	return reachedSince || read.remaining === 0 ? 'enough' : 'more';
}
