import { settledOutcomeOf } from '../errors/outcomeOf';
import { apiErrorMessage } from './apiErrorMessage';
import type { HttpFetch, HttpRequest, HttpResponse } from './http';
import { rateLimitWaitMs } from './rateLimitWait';
import { redactSecrets } from './redactSecrets';
import type { SecretValues } from './SecretValues';
import { SourceError } from './SourceError';

/** Who is being asked: used in error messages and hints. */
export interface SourceIdentity {
	name: string;
	displayName: string;
	/** Display name of the credential type, for "reconnect the … credential". */
	credentialDisplayName?: string;
}

/** A source-specific reading of a failure (e.g. YouTube's quota 403 must not be retried). */
export interface FailureReading {
	hint: string;
	retryable: boolean;
}

export interface RetryOptions {
	source: SourceIdentity;
	/** n8n-workflow's `sleep` in the node; a recorder in tests. */
	sleep: (ms: number) => Promise<void>;
	maxRetries?: number;
	/** Give up rather than wait longer than this in total (an execution should not hang for an hour). */
	maxTotalWaitMs?: number;
	/** A single wait longer than this (X's 15-minute window) fails at once with the reset time. */
	maxSingleWaitMs?: number;
	baseDelayMs?: number;
	now?: () => Date;
	readFailure?: (response: HttpResponse) => FailureReading | undefined;
	/** The credential's secrets: taken out of every error text built here. */
	secrets?: SecretValues;
}

export const DEFAULT_RETRY = {
	maxRetries: 3,
	maxTotalWaitMs: 120_000,
	maxSingleWaitMs: 60_000,
	baseDelayMs: 1_000,
};

/** A network error's text is the library's; a long one is cut (after redaction). */
const MAX_REASON = 500;

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

export async function requestWithRetry(
	fetch: HttpFetch,
	request: HttpRequest,
	options: RetryOptions,
): Promise<HttpResponse> {
	const maxRetries = Math.max(0, options.maxRetries ?? DEFAULT_RETRY.maxRetries);
	const maxTotalWaitMs = options.maxTotalWaitMs ?? DEFAULT_RETRY.maxTotalWaitMs;
	const maxSingleWaitMs = options.maxSingleWaitMs ?? DEFAULT_RETRY.maxSingleWaitMs;
	const baseDelayMs = options.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs;
	const now = options.now ?? (() => new Date());
	let waitedMs = 0;

	for (let attempt = 0; ; attempt++) {
		const backoffMs = baseDelayMs * 2 ** attempt;
		const sent = await settledOutcomeOf(() => fetch(request));
		if (!sent.ok) {
			// The fetch already read this failure (e.g. the credential could not sign in): not a network problem.
			if (sent.error instanceof SourceError) throw sent.error;
			if (attempt < maxRetries && waitedMs + backoffMs <= maxTotalWaitMs) {
				await options.sleep(backoffMs);
				waitedMs += backoffMs;
				continue;
			}
			throw unreachable(options, request, sent.error);
		}
		const response = sent.value;
		if (response.status >= 200 && response.status < 300) return response;

		const reading = options.readFailure?.(response);
		const retryable = reading?.retryable ?? RETRYABLE_STATUS.has(response.status);
		if (!retryable) throw failure(options, request, response, reading?.hint);

		const headerWaitMs = rateLimitWaitMs(response.headers, now());
		const waitMs = headerWaitMs === undefined ? backoffMs : Math.max(headerWaitMs, baseDelayMs);
		if (attempt >= maxRetries) {
			throw failure(
				options,
				request,
				response,
				`still failing after ${maxRetries} retries: ${statusHint(options.source, response.status)}`,
			);
		}
		if (waitMs > maxSingleWaitMs || waitedMs + waitMs > maxTotalWaitMs) {
			const resumeAt = new Date(now().getTime() + waitMs).toISOString();
			throw failure(
				options,
				request,
				response,
				`rate limited until ${resumeAt}: poll less often, lower the limit, or run again after that time`,
			);
		}
		await options.sleep(waitMs);
		waitedMs += waitMs;
	}
}

function failure(
	options: RetryOptions,
	request: HttpRequest,
	response: HttpResponse,
	hint?: string,
): SourceError {
	const { source, secrets } = options;
	const detail = apiErrorMessage(response.body, secrets);
	return new SourceError({
		source: source.name,
		status: response.status,
		message: `${source.displayName} answered ${response.status}${detail ? `: ${detail}` : ''} (${describe(request, secrets)})`,
		hint: hint ?? statusHint(source, response.status),
	});
}

function unreachable(options: RetryOptions, request: HttpRequest, error: unknown): SourceError {
	const { source, secrets } = options;
	const reason = redactSecrets(error instanceof Error ? error.message : String(error), secrets);
	return new SourceError({
		source: source.name,
		status: 0,
		message: `${source.displayName} could not be reached: ${reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON)}…` : reason} (${describe(request, secrets)})`,
		hint: 'check the Base URL, the network and any proxy between n8n and the service',
	});
}

/** Method and URL without the query string: query strings are where API keys travel. */
function describe(request: HttpRequest, secrets?: SecretValues): string {
	return redactSecrets(`${request.method} ${request.url.split('?')[0]}`, secrets);
}

export function statusHint(source: SourceIdentity, status: number): string {
	const credential = source.credentialDisplayName ?? `${source.displayName} API`;
	if (status === 401) {
		return source.credentialDisplayName
			? `token expired or revoked: reconnect the ${credential} credential`
			: 'the server asks for authentication: check the Base URL or add a credential';
	}
	if (status === 403)
		return `access denied: check that the ${credential} credential's plan and permissions cover this endpoint`;
	if (status === 404)
		return 'not found: check the Base URL and the ids in the settings (subreddit, tag, video, channel, app, feed)';
	if (status === 400 || status === 422)
		return 'the request was rejected: check the query settings (keywords, handles, excluded words, language, since)';
	if (status === 429) return 'rate limited: poll less often or lower the limit';
	if (status >= 500) return `${source.displayName} is failing on its side: try again later`;
	return `unexpected answer from ${source.displayName}`;
}
