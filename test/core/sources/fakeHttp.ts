import { readFileSync } from 'fs';
import { join } from 'path';
import type { HttpFetch, HttpRequest, HttpResponse } from '../../../nodes/core/sources/http';
import type { MentionQuery } from '../../../nodes/core/sources/MentionQuery';

/** A fake HttpFetch: each route answers matching requests; every request is recorded. */
export interface FakeRoute {
	when: (request: HttpRequest) => boolean;
	/** Successive answers; the last one repeats. An Error is thrown (a network failure). */
	answers: Array<HttpResponse | Error>;
}

export function fakeFetch(routes: FakeRoute[]): { fetch: HttpFetch; requests: HttpRequest[] } {
	const requests: HttpRequest[] = [];
	const served = new Map<FakeRoute, number>();
	const fetch: HttpFetch = async (request) => {
		requests.push(request);
		const route = routes.find((candidate) => candidate.when(request));
		if (!route)
			return { status: 404, headers: {}, body: { error: `no fake route for ${request.url}` } };
		const count = served.get(route) ?? 0;
		served.set(route, count + 1);
		const answer = route.answers[Math.min(count, route.answers.length - 1)];
		if (answer instanceof Error) throw answer;
		return answer;
	};
	return { fetch, requests };
}

export function fixtureJson(name: string): unknown {
	return JSON.parse(fixtureText(name)) as unknown;
}

export function fixtureText(name: string): string {
	return readFileSync(join(__dirname, 'fixtures', name), 'utf8');
}

export function ok(body: unknown, headers: Record<string, string> = {}): HttpResponse {
	return { status: 200, headers, body };
}

export function status(
	code: number,
	body: unknown,
	headers: Record<string, string> = {},
): HttpResponse {
	return { status: code, headers, body };
}

/** An injected clock for back-off: records each wait instead of sleeping. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
	const waits: number[] = [];
	return { sleep: async (ms) => void waits.push(ms), waits };
}

export function query(overrides: Partial<MentionQuery> = {}): MentionQuery {
	return {
		keywords: ['Acme'],
		handles: [],
		excludeWords: [],
		limit: 50,
		brandHandles: [],
		...overrides,
	};
}

export const NOW = new Date('2025-03-10T12:30:00Z');
