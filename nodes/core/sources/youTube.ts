import type { Mention } from '../mention/Mention';
import { collectPages, type CollectedPages } from './collectPages';
import { htmlToText } from './htmlToText';
import type { HttpFetch, HttpResponse } from './http';
import { FieldError } from '../errors/FieldError';
import { asArray, asCount, asNonEmptyString, asObject, asString, path } from './itemFields';
import type { MentionQuery, SearchResult } from './MentionQuery';
import type { FailureReading } from './requestWithRetry';
import type { SearchOptions } from './SearchOptions';
import { searchEachTerm } from './searchEachTerm';
import type { SourceAdapter } from './SourceAdapter';
import { pageSize, SourceClient } from './SourceClient';
import { addressesHandle, matchedTerm, sameHandle } from './textMatching';
import { isoFromIso } from './toIsoUtc';
import { searchTerms, validateQuery } from './validateQuery';

const MAX_PAGES = 10;

export const youTube: SourceAdapter = {
	name: 'youtube',
	displayName: 'YouTube',
	credentialType: 'youTubeApi',
	credentialDisplayName: 'YouTube Data API',
	defaultBaseUrl: 'https://www.googleapis.com/youtube/v3',
	search: searchYouTube,
};

/**
 * `commentThreads.list` for one video (`videoId`) or everything on a channel
 * (`allThreadsRelatedToChannelId`), `order=time`, paged with `pageToken`. Each call costs one quota
 * unit. Keywords, when given, become `searchTerms` (one call chain per term).
 */
export async function searchYouTube(
	fetch: HttpFetch,
	query: MentionQuery,
	options: SearchOptions,
): Promise<SearchResult> {
	validateQuery(query);
	const target = youTubeTarget(options);
	const client = new SourceClient(
		fetch,
		youTube,
		youTube.defaultBaseUrl,
		options,
		readYouTubeFailure,
	);
	const terms = searchTerms(query);
	const targetLabel =
		'videoId' in target
			? `video:${target.videoId}`
			: `channel:${target.allThreadsRelatedToChannelId}`;

	const searchOne = (term: string | undefined): Promise<CollectedPages> =>
		collectPages(
			query,
			async (cursor, collected) => {
				const response = await client.sendJson({
					method: 'GET',
					url: `${client.baseUrl}/commentThreads`,
					qs: {
						part: 'snippet',
						...target,
						order: 'time',
						textFormat: 'plainText',
						maxResults: pageSize(query, collected, 1, 100),
						...(term ? { searchTerms: term.replace(/^@/, '') } : {}),
						...(cursor ? { pageToken: cursor } : {}),
					},
				});
				if (!response) return undefined;
				return {
					items: asArray(path(response.body, 'items')),
					next: asNonEmptyString(path(response.body, 'nextPageToken')),
				};
			},
			(item) =>
				normaliseYouTubeThread(item, query, term ?? targetLabel, options.includeRaw === true),
			// searchTerms results come by relevance, so only the plain listing may stop at `since`.
			{ maxPages: MAX_PAGES, newestFirst: term === undefined },
		);

	const { mentions, skipped } =
		terms.length > 0 ? await searchEachTerm(terms, query, searchOne) : await searchOne(undefined);
	client.notice(
		`used ${client.requests} YouTube quota unit${client.requests === 1 ? '' : 's'} (commentThreads.list costs 1 per call)`,
	);
	return { mentions, skipped, requests: client.requests, notices: client.notices };
}

function youTubeTarget(
	options: SearchOptions,
): { videoId: string } | { allThreadsRelatedToChannelId: string } {
	const videoId = options.settings?.youtube?.videoId?.trim();
	const channelId = options.settings?.youtube?.channelId?.trim();
	if (videoId) {
		if (!/^[A-Za-z0-9_-]{6,20}$/.test(videoId))
			throw new FieldError('videoId', `"${videoId}" is not a YouTube video id`);
		return { videoId };
	}
	if (channelId) {
		if (!/^UC[A-Za-z0-9_-]{10,40}$/.test(channelId))
			throw new FieldError('channelId', `"${channelId}" is not a channel id (it starts with UC)`);
		return { allThreadsRelatedToChannelId: channelId };
	}
	throw new FieldError('videoId', 'give a video id or a channel id to read comments from');
}

/** Google says why in `error.errors[].reason`; a spent daily quota must not be retried. */
function readYouTubeFailure(response: HttpResponse): FailureReading | undefined {
	const reason = asString(path(asArray(path(response.body, 'error', 'errors'))[0], 'reason'));
	if (reason === 'quotaExceeded' || reason === 'dailyLimitExceeded') {
		return {
			retryable: false,
			hint: 'the daily YouTube quota is used up: it resets at midnight Pacific Time; poll less often or request more quota',
		};
	}
	if (reason === 'rateLimitExceeded' || reason === 'userRateLimitExceeded')
		return { retryable: true, hint: 'rate limited by YouTube' };
	if (reason === 'commentsDisabled')
		return { retryable: false, hint: 'comments are disabled on this video' };
	const invalidKey =
		reason === 'badRequest' &&
		/API key not valid/i.test(asString(path(response.body, 'error', 'message')) ?? '');
	if (reason === 'keyInvalid' || invalidKey) {
		return {
			retryable: false,
			hint: 'the API key is not valid: check the YouTube Data API credential',
		};
	}
	if (reason === 'videoNotFound' || reason === 'channelNotFound')
		return { retryable: false, hint: 'not found: check the video or channel id' };
	return undefined;
}

export function normaliseYouTubeThread(
	item: unknown,
	query: MentionQuery,
	searched: string,
	includeRaw: boolean,
): Mention | string {
	const thread = asObject(item);
	if (!thread) return 'not an object';
	const threadId = asNonEmptyString(thread.id);
	const comment = asObject(path(thread, 'snippet', 'topLevelComment'));
	const snippet = asObject(comment?.snippet);
	if (!threadId || !comment || !snippet)
		return `thread ${threadId ?? '(no id)'}: no topLevelComment snippet`;
	const commentId = asNonEmptyString(comment.id) ?? threadId;
	const text = htmlToText(asString(snippet.textDisplay) ?? asString(snippet.textOriginal) ?? '');
	if (text === '') return `comment ${commentId}: no text`;
	const createdAt = isoFromIso(snippet.publishedAt);
	if (!createdAt) return `comment ${commentId}: no valid publishedAt`;
	const authorName = asNonEmptyString(snippet.authorDisplayName);
	if (!authorName) return `comment ${commentId}: no author`;
	const videoId =
		asNonEmptyString(snippet.videoId) ?? asNonEmptyString(path(thread, 'snippet', 'videoId'));
	const channelId =
		asNonEmptyString(path(thread, 'snippet', 'channelId')) ?? asNonEmptyString(snippet.channelId);
	const authorChannelId = asNonEmptyString(path(snippet, 'authorChannelId', 'value'));
	return {
		id: `youtube:${commentId}`,
		source: 'youtube',
		url: videoId
			? `https://www.youtube.com/watch?v=${videoId}&lc=${commentId}`
			: `https://www.youtube.com/channel/${channelId ?? ''}`,
		text,
		createdAt,
		author: {
			...(authorChannelId ? { id: authorChannelId } : {}),
			handle: authorName.replace(/^@/, ''),
			name: authorName,
			...(asNonEmptyString(snippet.authorChannelUrl)
				? { url: asString(snippet.authorChannelUrl) }
				: {}),
		},
		engagement: {
			likes: asCount(snippet.likeCount),
			replies: asCount(path(thread, 'snippet', 'totalReplyCount')),
			shares: 0,
		},
		// A comment under the brand's own video or channel is addressed to the brand.
		tagged:
			(channelId !== undefined &&
				query.brandHandles.some((brand) => sameHandle(brand, channelId))) ||
			addressesHandle(text, query.brandHandles),
		query: matchedTerm(text, query.keywords, query.handles) ?? searched,
		...(includeRaw ? { raw: item } : {}),
	};
}
