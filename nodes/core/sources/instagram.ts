import { GraphApiClient } from './GraphApiClient';
import { GRAPH_API_BASE_URL } from './graphApiVersion';
import type { HttpFetch } from './http';
import { readComments } from './instagramComments';
import { readHashtags, readTags } from './instagramMedia';
import { describeInstagramRead, instagramSettings } from './instagramSettings';
import { MentionCollector } from './MentionCollector';
import type { MentionQuery, SearchResult } from './MentionQuery';
import type { SearchOptions } from './SearchOptions';
import type { SourceAdapter } from './SourceAdapter';
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

/**
 * Instagram Graph API (business and creator accounts, Facebook Login): comments and replies on the
 * brand's latest posts (`/{ig-user-id}/media` → `/{media-id}/comments`, then `/{comment-id}/replies`
 * where a comment has more), posts that tag the brand (`/{ig-user-id}/tags`) and, when asked, the
 * keywords as hashtags (`ig_hashtag_search` → `/{hashtag-id}/recent_media`, the last 24 hours).
 * Every comment under the brand's posts is returned, whatever the keywords: none may be ignored.
 */
export async function searchInstagram(
	fetch: HttpFetch,
	query: MentionQuery,
	options: SearchOptions,
): Promise<SearchResult> {
	validateQuery(query);
	const settings = instagramSettings(options);
	const collector = new MentionCollector(query);
	const graph = new GraphApiClient(fetch, instagram, options, () => collector.hasMentions());
	const includeRaw = options.includeRaw === true;

	if (settings.read.includes('comments'))
		await readComments(graph, collector.startRead(), query, settings, includeRaw);
	if (settings.read.includes('tags'))
		await readTags(graph, collector.startRead(), query, settings.accountId, includeRaw);
	if (settings.read.includes('hashtags'))
		await readHashtags(graph, collector, query, settings.accountId, includeRaw);

	const { mentions, cut } = collector.result();
	if (cut) graph.notice(`found more than Limit (${query.limit}): kept the newest`);
	if (mentions.length === 0)
		graph.notice(
			`no new comments, tags${settings.read.includes('hashtags') ? ' or hashtag posts' : ''} in what was read (${describeInstagramRead(settings)})`,
		);
	return { mentions, skipped: collector.skipped, requests: graph.requests, notices: graph.notices };
}
