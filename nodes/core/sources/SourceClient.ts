import { jsonBody, type HttpFetch, type HttpRequest, type HttpResponse } from './http';
import type { MentionQuery } from './MentionQuery';
import { redactSecrets } from './redactSecrets';
import { requestWithRetry, type FailureReading, type SourceIdentity } from './requestWithRetry';
import { SourceError } from './SourceError';
import { DEFAULT_MAX_REQUESTS, type SearchOptions } from './SearchOptions';

/**
 * What an adapter talks through during one search: retries and rate limits applied, the request
 * budget counted (X bills per read), the base URL resolved.
 */
export class SourceClient {
	readonly baseUrl: string;
	readonly now: () => Date;
	readonly notices: string[] = [];
	private requestsMade = 0;
	private readonly maxRequests: number;

	constructor(
		private readonly fetch: HttpFetch,
		private readonly identity: SourceIdentity,
		defaultBaseUrl: string,
		private readonly options: SearchOptions,
		private readonly readFailure?: (response: HttpResponse) => FailureReading | undefined,
	) {
		this.baseUrl = (options.baseUrl?.trim() || defaultBaseUrl).replace(/\/+$/, '');
		this.now = options.now ?? (() => new Date());
		this.maxRequests = Math.max(1, Math.floor(options.maxRequests ?? DEFAULT_MAX_REQUESTS));
	}

	get requests(): number {
		return this.requestsMade;
	}

	/** False once the budget is spent; the caller stops paging and the notice says why. */
	canRequest(): boolean {
		return this.requestsMade < this.maxRequests;
	}

	async send(request: HttpRequest): Promise<HttpResponse | undefined> {
		if (!this.canRequest()) {
			this.notice(
				`stopped after ${this.maxRequests} requests (the request cap); raise "Max Requests" for more`,
			);
			return undefined;
		}
		this.requestsMade++;
		return await requestWithRetry(this.fetch, request, {
			...this.options.retry,
			source: this.identity,
			sleep: this.options.sleep,
			now: this.now,
			readFailure: this.readFailure,
			secrets: this.options.secrets,
		});
	}

	/**
	 * For JSON APIs: a successful answer whose body is not JSON (cut short, or a proxy's HTML page) is a
	 * failure the user must see, not an empty page that silently ends the search.
	 */
	async sendJson(request: HttpRequest): Promise<HttpResponse | undefined> {
		const response = await this.send(request);
		if (!response) return undefined;
		const body = jsonBody(response);
		if (typeof body !== 'object' || body === null) {
			const path = request.url.replace(/^https?:\/\/[^/]+/, '').split('?')[0];
			throw new SourceError({
				source: this.identity.name,
				status: response.status,
				message: `${this.identity.displayName} answered ${response.status} with a body that is not JSON (cut short, or an HTML page from a proxy) (${request.method} ${path})`,
				hint: 'run it again; if it persists, check the Base URL and any proxy between n8n and the service',
			});
		}
		return { ...response, body };
	}

	notice(text: string): void {
		const redacted = redactSecrets(text, this.options.secrets);
		if (!this.notices.includes(redacted)) this.notices.push(redacted);
	}
}

/** Clamps the page size an API accepts to what this search still needs. */
export function pageSize(query: MentionQuery, collected: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, query.limit - collected));
}
