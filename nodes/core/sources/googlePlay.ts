import type { Mention } from '../mention/Mention';
import { collectPages } from './collectPages';
import { jsonBody, type HttpFetch, type HttpResponse } from './http';
import { asArray, asNonEmptyString, asString, path } from './itemFields';
import { normaliseGooglePlayReview } from './googlePlayReview';
import { readPackageNames, readTranslationLanguage } from './googlePlaySettings';
import type { MentionQuery, SearchResult, SkippedItem } from './MentionQuery';
import { mergeMentions } from './mergeMentions';
import type { FailureReading } from './requestWithRetry';
import { DEFAULT_MAX_REQUESTS, type SearchOptions } from './SearchOptions';
import type { SourceAdapter } from './SourceAdapter';
import { pageSize, SourceClient } from './SourceClient';
import { validateQuery } from './validateQuery';

const API_PATH = '/androidpublisher/v3';
/** reviews.list only holds the last week of reviews: ten pages of 100 is more than any app gets. */
const MAX_PAGES = 10;
const MAX_PAGE_SIZE = 100;
const REVIEW_WINDOW_MS = 7 * 24 * 3_600_000;

export const googlePlay: SourceAdapter = {
	name: 'googleplay',
	displayName: 'Google Play',
	// The credential signs the service account in (its preAuthentication) and keeps the access token.
	credentialType: 'crisisDeskGooglePlayApi',
	credentialDisplayName: 'Crisis Desk Google Play API',
	defaultBaseUrl: 'https://androidpublisher.googleapis.com',
	// Google's access tokens last an hour; an expired one is answered 401 UNAUTHENTICATED.
	session: {
		expired: (response) =>
			response.status === 401 && !deniedPermission(googleErrorReasons(response)),
		renew: { expirableField: 'accessToken' },
	},
	search: searchGooglePlay,
};

/**
 * `reviews.list` of the Android Publisher API for each of the brand's own apps, newest first (the
 * API lists the most recently created or edited review first), paged with `token` up to Limit. A
 * review is written to the app's maker, so every one is `tagged`; the star rating travels on the
 * mention and a developer reply marks it `brandReplied`. Google keeps only the last week of reviews
 * that have text, and allows 200 of these requests per hour per app.
 */
export async function searchGooglePlay(
	fetch: HttpFetch,
	query: MentionQuery,
	options: SearchOptions,
): Promise<SearchResult> {
	validateQuery(query);
	const packageNames = readPackageNames(options.settings?.googlePlay?.packageNames ?? []);
	const translationLanguage = readTranslationLanguage(options);
	// Every app is asked at least once, whatever Max Requests says.
	const client = new SourceClient(
		fetch,
		googlePlay,
		googlePlay.defaultBaseUrl,
		{
			...options,
			maxRequests: Math.max(options.maxRequests ?? DEFAULT_MAX_REQUESTS, packageNames.length),
		},
		readGooglePlayFailure,
	);
	const lists: Mention[][] = [];
	const skipped: SkippedItem[] = [];
	const requestsPerApp: string[] = [];
	let offset = 0;

	for (const packageName of packageNames) {
		const before = client.requests;
		const collected = await collectPages(
			query,
			async (cursor, collectedSoFar) => {
				const response = await client.sendJson({
					method: 'GET',
					url: `${client.baseUrl}${API_PATH}/applications/${encodeURIComponent(packageName)}/reviews`,
					qs: {
						maxResults: pageSize(query, collectedSoFar, 1, MAX_PAGE_SIZE),
						...(translationLanguage ? { translationLanguage } : {}),
						...(cursor ? { token: cursor } : {}),
					},
				});
				if (!response) return undefined;
				return {
					items: asArray(path(response.body, 'reviews')),
					next: asNonEmptyString(path(response.body, 'tokenPagination', 'nextPageToken')),
				};
			},
			(item) =>
				normaliseGooglePlayReview(
					item,
					query,
					packageName,
					translationLanguage,
					options.includeRaw === true,
				),
			{ maxPages: MAX_PAGES, newestFirst: true },
		);
		lists.push(collected.mentions);
		for (const skip of collected.skipped)
			skipped.push({ index: offset + skip.index, reason: `${skip.reason} (app ${packageName})` });
		offset += collected.seen;
		requestsPerApp.push(`${packageName} ${client.requests - before}`);
		if (collected.seen === 0 && client.requests > before) {
			client.notice(
				`${packageName}: Google Play listed no reviews with text created or edited in the last 7 days`,
			);
		}
	}

	const now = client.now().getTime();
	if (!query.since || query.since.getTime() < now - REVIEW_WINDOW_MS) {
		client.notice(
			'Google Play lists only reviews created or edited in the last 7 days, and only those with text: older reviews and star-only ratings are not available through the API',
		);
	}
	client.notice(
		`reviews.list requests this run: ${requestsPerApp.join(', ')} (Google Play allows 200 per hour per app)`,
	);
	return {
		mentions: mergeMentions(lists, query.limit),
		skipped,
		requests: client.requests,
		notices: client.notices,
	};
}

/**
 * Google's error body (`error.errors[].reason`, `error.status`, `error.details[].reason`) read into
 * what to do. Missing Play Console access comes as 401 or 403 `permissionDenied`; a 429 is left to
 * the shared retry.
 */
function readGooglePlayFailure(response: HttpResponse): FailureReading | undefined {
	const reasons = googleErrorReasons(response);
	const message = (asString(path(jsonBody(response), 'error', 'message')) ?? '').toLowerCase();
	if (
		reasons.includes('accessNotConfigured') ||
		reasons.includes('SERVICE_DISABLED') ||
		message.includes('has not been used in project')
	) {
		return {
			retryable: false,
			hint: 'the Google Play Android Developer API is not enabled: enable androidpublisher.googleapis.com in the Google Cloud project of the service account (APIs & Services → Library), wait a few minutes, then run it again',
		};
	}
	if (
		['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded', 'RESOURCE_EXHAUSTED'].some(
			(reason) => reasons.includes(reason),
		)
	) {
		// Google sometimes answers a spent quota with 403: waited out like a 429.
		return {
			retryable: true,
			hint: 'Google Play allows 200 review requests per hour per app: poll less often',
		};
	}
	if (deniedPermission(reasons) || response.status === 403) {
		return {
			retryable: false,
			hint: 'the service account has no access to this app\'s reviews: in Play Console → Users and permissions, invite the service account\'s email (client_email) and give it the "Reply to reviews" permission for the app; new permissions can take up to 24 hours to apply',
		};
	}
	if (
		response.status === 404 ||
		reasons.includes('notFound') ||
		reasons.includes('applicationNotFound')
	) {
		return {
			retryable: false,
			hint: "Google Play does not know this app in the service account's developer account: check the package name (as in play.google.com/store/apps/details?id=…); only published apps have reviews",
		};
	}
	if (response.status === 401) {
		return {
			retryable: false,
			hint: `Google did not accept the access token: check the Service Account Email and Private Key in the ${googlePlay.credentialDisplayName} credential, and that its key has not been deleted`,
		};
	}
	return undefined;
}

/** Google's error body: `error.errors[].reason`, `error.details[].reason` and `error.status`. */
function googleErrorReasons(response: HttpResponse): string[] {
	const error = path(jsonBody(response), 'error');
	return [
		...asArray(path(error, 'errors')).map((entry) => asString(path(entry, 'reason'))),
		...asArray(path(error, 'details')).map((entry) => asString(path(entry, 'reason'))),
		asString(path(error, 'status')),
	].filter((reason): reason is string => reason !== undefined);
}

/** Play Console access missing: Google answers it with 401 as well as 403. */
function deniedPermission(reasons: string[]): boolean {
	return (
		reasons.includes('permissionDenied') ||
		reasons.includes('forbidden') ||
		reasons.includes('PERMISSION_DENIED')
	);
}
