import type { RetryOptions } from './requestWithRetry';
import type { SecretValues } from './SecretValues';
import type { SourceSettings } from './SourceSettings';

/** How to search, beside what to search for (MentionQuery). */
export interface SearchOptions {
	/** Overrides the adapter's public default (proxies, self-hosted gateways, loopback in tests). */
	baseUrl?: string;
	/** n8n-workflow's `sleep` in the node; a recorder in tests. */
	sleep: (ms: number) => Promise<void>;
	now?: () => Date;
	retry?: Pick<RetryOptions, 'maxRetries' | 'maxTotalWaitMs' | 'maxSingleWaitMs' | 'baseDelayMs'>;
	/** The native cursor the previous poll returned (X `since_id`, Mastodon `min_id`). */
	sinceId?: string;
	/** Hard cap on HTTP requests for one search (X bills per read). */
	maxRequests?: number;
	/** Keep the API's item under `raw` (large; off by default). */
	includeRaw?: boolean;
	settings?: SourceSettings;
	/** The secrets of the credential in use, redacted by value from every error and notice. */
	secrets?: SecretValues;
}

export const DEFAULT_MAX_REQUESTS = 10;
