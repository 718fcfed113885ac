import { settledOutcomeOf } from '../errors/outcomeOf';
import type { HttpFetch, HttpResponse } from './http';
import { asArray, asNonEmptyString, asObject, path, type JsonObject } from './itemFields';
import {
	readGraphApiFailure,
	type GraphApiEdgeNeeds,
	type GraphApiFailureReading,
} from './graphApiFailure';
import { readGraphApiUsage, type GraphApiUsage } from './graphApiUsage';
import type { SourceAdapter } from './SourceAdapter';
import { SourceClient } from './SourceClient';
import { SourceError } from './SourceError';
import type { SearchOptions } from './SearchOptions';

/** From this usage on, requests are spaced out; from STOP_AT_PERCENT on, no further request is made. */
const SLOW_DOWN_AT_PERCENT = 75;
const STOP_AT_PERCENT = 90;
/** The wait before a request is a second per point of usage from SLOW_DOWN_AT_PERCENT on, at most this. */
const MAX_SLOW_DOWN_WAIT_MS = 15_000;
/** Waiting longer than this in one run would hold an execution for minutes: stop instead. */
const MAX_SLOW_DOWN_TOTAL_MS = 60_000;
const MAX_PAGES_PER_EDGE = 10;
/** What is taken from a `paging.next` URL's query (cursor and time-based paging), each value bounded. */
const PAGING_PARAMETERS = ['after', 'until', 'since', '__paging_token'];
const MAX_PAGING_VALUE_LENGTH = 2_048;

/** One Graph API edge read: the path under the versioned base URL and what it needs. */
export interface GraphApiEdge extends Omit<GraphApiEdgeNeeds, 'credentialDisplayName'> {
	/** e.g. `17841400000000000/media`; ids in it are checked by the adapter before. */
	path: string;
	qs: Record<string, string | number>;
	/** Largest `limit` the edge accepts. */
	maxPageSize: number;
}

/** What the page callback decides: read the next page or stop. */
export type PageVerdict = 'more' | 'enough';

/**
 * The Graph API as Instagram and Facebook Pages read it: GET only, the credential's own address,
 * failures read from Meta's error body (expired token, missing permission by name, rate limit), and
 * the usage headers honoured — requests are spaced out as usage rises and stop, with a notice, before
 * Meta throttles the app or account.
 */
export class GraphApiClient {
	private readonly client: SourceClient;
	private readonly credentialDisplayName: string;
	private edgeInFlight: GraphApiEdge | undefined;
	private lastFailure: GraphApiFailureReading | undefined;
	private usage: GraphApiUsage | undefined;
	private stopped = false;
	private slowDownWaitedMs = 0;

	constructor(
		fetch: HttpFetch,
		adapter: SourceAdapter,
		private readonly options: SearchOptions,
		/** Whether the search has something to return: a rate limit then ends it with a notice instead of an error. */
		private readonly hasResults: () => boolean,
	) {
		this.credentialDisplayName = adapter.credentialDisplayName ?? adapter.displayName;
		this.client = new SourceClient(fetch, adapter, adapter.defaultBaseUrl, options, (response) =>
			this.readFailure(response),
		);
	}

	get requests(): number {
		return this.client.requests;
	}

	get notices(): string[] {
		return this.client.notices;
	}

	notice(text: string): void {
		this.client.notice(text);
	}

	/** One GET of an edge (first page, or `extra` paging parameters); undefined when no request may be made. */
	async get(
		edge: GraphApiEdge,
		extra: Record<string, string> = {},
	): Promise<JsonObject | undefined> {
		if (this.stopped) return undefined;
		if (!(await this.spaceOut())) return undefined;
		this.edgeInFlight = edge;
		this.lastFailure = undefined;
		const sent = await settledOutcomeOf(() =>
			this.client.sendJson({
				method: 'GET',
				url: `${this.client.baseUrl}/${edge.path}`,
				qs: { ...edge.qs, ...extra },
			}),
		);
		if (!sent.ok) {
			if (!(sent.error instanceof SourceError && this.rateLimitedJustNow() && this.hasResults()))
				throw sent.error;
			this.stopped = true;
			this.client.notice(`stopped early, keeping what was read: ${sent.error.hint}`);
			return undefined;
		}
		const response = sent.value;
		if (!response) return undefined;
		this.observeUsage(response);
		return asObject(response.body) ?? {};
	}

	/**
	 * Pages through an edge with Meta's cursors (`paging.cursors.after`, or the query of `paging.next`)
	 * until the callback has enough, the edge ends, a page brings nothing new, or requests must stop.
	 * The callback gets each page's items that earlier pages did not already bring. False when a request
	 * was refused (the request cap, or Meta's usage): nothing more may be read in this search.
	 */
	async readEdge(
		edge: GraphApiEdge,
		wanted: () => number,
		onPage: (items: unknown[]) => PageVerdict,
	): Promise<boolean> {
		const seen = new Set<string>();
		let extra: Record<string, string> = {};
		for (let page = 0; page < MAX_PAGES_PER_EDGE; page++) {
			const limit = Math.max(1, Math.min(edge.maxPageSize, wanted()));
			const body = await this.get({ ...edge, qs: { ...edge.qs, limit } }, extra);
			if (!body) return false;
			const items = asArray(body.data);
			const fresh = items.filter((item) => {
				const id = asNonEmptyString(asObject(item)?.id);
				if (id === undefined) return true;
				if (seen.has(id)) return false;
				seen.add(id);
				return true;
			});
			if (fresh.length === 0 || onPage(fresh) === 'enough') return true;
			const next = nextPageParameters(body, items.length >= limit);
			if (!next) return true;
			extra = next;
		}
		this.client.notice(`read ${MAX_PAGES_PER_EDGE} pages of ${edge.path} and stopped there`);
		return true;
	}

	/** Read through a method: the flag is set by the failure reader while the request runs. */
	private rateLimitedJustNow(): boolean {
		return this.lastFailure?.kind === 'rateLimit';
	}

	private readFailure(response: HttpResponse): GraphApiFailureReading | undefined {
		this.observeUsage(response);
		const edge = this.edgeInFlight;
		this.lastFailure = edge
			? readGraphApiFailure(response, {
					...edge,
					credentialDisplayName: this.credentialDisplayName,
				})
			: undefined;
		return this.lastFailure;
	}

	private observeUsage(response: HttpResponse): void {
		const usage = readGraphApiUsage(response.headers);
		if (!usage) return;
		this.usage = usage;
		if (this.stopped) return;
		if (usage.percent >= STOP_AT_PERCENT || usage.regainMinutes > 0) {
			this.stopped = true;
			const regain =
				usage.regainMinutes > 0
					? `; access returns in about ${usage.regainMinutes} minute${usage.regainMinutes === 1 ? '' : 's'}`
					: '';
			this.client.notice(
				`Meta's rate-limit usage is at ${usage.percent}% (${usage.header})${regain}: stopped reading before Meta throttles the credential; poll less often or lower Recent Posts`,
			);
		}
	}

	/** Waits before the next request while usage is high; false when waiting would take too long. */
	private async spaceOut(): Promise<boolean> {
		const usage = this.usage;
		if (!usage || usage.percent < SLOW_DOWN_AT_PERCENT) return true;
		const waitMs = Math.min(
			MAX_SLOW_DOWN_WAIT_MS,
			(usage.percent - SLOW_DOWN_AT_PERCENT + 1) * 1_000,
		);
		if (this.slowDownWaitedMs + waitMs > MAX_SLOW_DOWN_TOTAL_MS) {
			this.stopped = true;
			this.client.notice(
				`Meta's rate-limit usage is at ${usage.percent}% (${usage.header}): stopped after waiting ${Math.round(this.slowDownWaitedMs / 1000)} s between requests; poll less often or lower Recent Posts`,
			);
			return false;
		}
		this.client.notice(
			`Meta's rate-limit usage reached ${usage.percent}% (${usage.header}): requests were spaced out to stay under the limit`,
		);
		await this.options.sleep(waitMs);
		this.slowDownWaitedMs += waitMs;
		return true;
	}
}

/**
 * The next page's parameters: the `after` cursor, else the paging parameters in the query of
 * `paging.next` (time-based edges page with `until` and `__paging_token`). Instagram's comment edges
 * give cursors without `next`: there a full page is the only sign that more may follow. The
 * `paging.next` address itself is never requested: it carries the access token and could name any host.
 */
function nextPageParameters(
	body: JsonObject,
	fullPage: boolean,
): Record<string, string> | undefined {
	const next = asNonEmptyString(path(body, 'paging', 'next'));
	const after = asNonEmptyString(path(body, 'paging', 'cursors', 'after'));
	if (after !== undefined && (next !== undefined || fullPage)) return { after };
	if (next === undefined || !URL.canParse(next)) return undefined;
	const query = new URL(next).searchParams;
	const parameters: Record<string, string> = {};
	for (const name of PAGING_PARAMETERS) {
		const value = query.get(name);
		if (value !== null && value !== '' && value.length <= MAX_PAGING_VALUE_LENGTH)
			parameters[name] = value;
	}
	return Object.keys(parameters).length > 0 ? parameters : undefined;
}
