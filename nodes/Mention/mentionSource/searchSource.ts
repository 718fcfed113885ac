import type { IDataObject, IExecuteFunctions, IPollFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { MentionQuery, SearchResult } from '../../core/sources/MentionQuery';
import type { SourceSettings } from '../../core/sources/SourceSettings';
import { FACEBOOK_DEFAULT_READ, type FacebookRead } from '../../core/sources/facebookPageSettings';
import { INSTAGRAM_DEFAULT_READ, type InstagramRead } from '../../core/sources/instagramSettings';
import { DEFAULT_RECENT_POSTS } from '../../core/sources/recentPosts';
import { sourceAdapter } from '../../core/sources/sourceRegistry';
import { CredentialInUse } from './transport/credentialInUse';
import { n8nHttpFetch } from './transport/n8nHttpFetch';
import { withoutSecrets } from '../../nodeErrors/withoutSecrets';

function list(value: unknown): string[] {
	return String(value ?? '')
		.split(',')
		.map((entry) => entry.trim())
		.filter((entry) => entry.length > 0);
}

export interface SearchRequest {
	since?: Date;
	sinceId?: string;
	/** Trigger: the limit applies per poll. */
	limit?: number;
}

/** Reads the shared source parameters, runs the adapter through n8n's HTTP helpers, returns its result. */
export async function searchSource(
	context: IExecuteFunctions | IPollFunctions,
	itemIndex: number,
	options: IDataObject,
	request: SearchRequest,
): Promise<SearchResult> {
	const get = (name: string, fallback: unknown) =>
		'getInputData' in context
			? (context as IExecuteFunctions).getNodeParameter(name, itemIndex, fallback)
			: (context as IPollFunctions).getNodeParameter(name, fallback);
	const adapter = sourceAdapter(get('source', 'demo') as string);
	const handles = list(get('handles', ''));
	const query: MentionQuery = {
		keywords: list(get('keywords', '')),
		handles,
		brandHandles: handles,
		excludeWords: list(get('excludeWords', '')),
		language: (options.language as string | undefined)?.trim() || undefined,
		since: request.since,
		limit: request.limit ?? (get('limit', 50) as number),
	};
	const redditAccess = get('redditAuthentication', 'oAuth2') === 'none' ? 'public' : 'oauth';
	const reddit: NonNullable<SourceSettings['reddit']> = {
		subreddits: list(get('subreddits', '')),
		access: redditAccess,
		username: get('redditUsername', '') as string,
	};
	const settings: SourceSettings = {
		reddit,
		mastodon: { mode: get('mastodonMode', 'tag') as 'tag' | 'search' },
		bluesky: { fetchFollowers: get('fetchFollowers', true) as boolean },
		youtube: {
			videoId: (get('videoId', '') as string) || undefined,
			channelId: (get('channelId', '') as string) || undefined,
		},
		appStore: { appId: get('appId', '') as string, country: get('country', 'us') as string },
		googlePlay: {
			packageNames: list(get('packageNames', '')),
			translationLanguage: (get('translationLanguage', '') as string) || undefined,
		},
		rss: { feedUrls: list(get('feedUrls', '')) },
		x: { maxPostsRead: options.maxPostsRead as number | undefined },
		instagram: {
			accountId: get('instagramAccountId', '') as string,
			read: get('instagramRead', INSTAGRAM_DEFAULT_READ) as InstagramRead[],
			recentPosts: get('recentPosts', DEFAULT_RECENT_POSTS) as number,
		},
		facebook: {
			pageId: get('facebookPageId', '') as string,
			read: get('facebookRead', FACEBOOK_DEFAULT_READ) as FacebookRead[],
			recentPosts: get('recentPosts', DEFAULT_RECENT_POSTS) as number,
		},
		demo: { crisis: get('demoCrisis', 'delivery-outage') as 'none' },
	};

	// Reddit can also be read without its credential, from the website's public JSON listings.
	const usesCredential =
		adapter.credentialType !== undefined &&
		!(adapter.name === 'reddit' && redditAccess === 'public');
	const credential = usesCredential
		? await CredentialInUse.open(context, adapter.credentialType as string, adapter.defaultBaseUrl)
		: undefined;
	// With its credential, Reddit's User-Agent names the Reddit Username kept in the credential.
	if (credential && adapter.name === 'reddit')
		reddit.username = credential.setting('redditUsername');
	try {
		return await adapter.search(n8nHttpFetch(context, adapter, credential), query, {
			// The node's Base URL option is for sources without a credential: a credential's secrets go only to its own address.
			baseUrl: credential
				? credential.address
				: (options.baseUrl as string | undefined)?.trim() || undefined,
			sleep,
			sinceId: request.sinceId,
			maxRequests: options.maxRequests as number | undefined,
			includeRaw: options.includeRaw === true,
			settings,
			secrets: credential?.secrets,
		});
	} catch (error) {
		throw credential ? withoutSecrets(error, credential.secrets) : error;
	}
}
