import type { IDataObject, IExecuteFunctions, IPollFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { MentionQuery, SearchResult } from '../core/sources/MentionQuery';
import type { SourceSettings } from '../core/sources/SourceSettings';
import { sourceAdapter } from '../core/sources/sourceRegistry';
import { n8nHttpFetch } from './n8nHttpFetch';

function list(value: unknown): string[] {
	return String(value ?? '')
		.split(',')
		.map((entry) => entry.trim())
		.filter((entry) => entry.length > 0);
}

// Credential types name their address field after what users call it (instance, service, API).
const CREDENTIAL_URL_FIELDS = ['baseUrl', 'instanceUrl', 'serviceUrl'];

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
	const settings: SourceSettings = {
		reddit: { subreddits: list(get('subreddits', '')) },
		mastodon: { mode: get('mastodonMode', 'tag') as 'tag' | 'search' },
		bluesky: { fetchFollowers: get('fetchFollowers', true) as boolean },
		youtube: {
			videoId: (get('videoId', '') as string) || undefined,
			channelId: (get('channelId', '') as string) || undefined,
		},
		appStore: { appId: get('appId', '') as string, country: get('country', 'us') as string },
		rss: { feedUrls: list(get('feedUrls', '')) },
		demo: { crisis: get('demoCrisis', 'delivery-outage') as 'none' },
	};

	let baseUrl = (options.baseUrl as string | undefined)?.trim() || undefined;
	if (adapter.credentialType) {
		const credentials = await context.getCredentials(adapter.credentialType);
		const field = CREDENTIAL_URL_FIELDS.find((name) => typeof credentials[name] === 'string' && credentials[name]);
		if (field) baseUrl = credentials[field] as string;
	}
	return await adapter.search(n8nHttpFetch(context, adapter), query, {
		baseUrl,
		sleep,
		sinceId: request.sinceId,
		maxRequests: options.maxRequests as number | undefined,
		includeRaw: options.includeRaw === true,
		settings,
	});
}
