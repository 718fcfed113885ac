import { requestWithRetry } from '../../../nodes/core/sources/requestWithRetry';
import { rateLimitWaitMs } from '../../../nodes/core/sources/rateLimitWait';
import { SecretValues } from '../../../nodes/core/sources/SecretValues';
import { SourceError } from '../../../nodes/core/sources/SourceError';
import { fakeFetch, NOW, ok, recordingSleep, status } from './fakeHttp';

const source = { name: 'x', displayName: 'X', credentialDisplayName: 'X API' };
const request = {
	method: 'GET' as const,
	url: 'http://127.0.0.1:9/2/tweets/search/recent?key=SECRET123',
	qs: { query: 'acme' },
};
const always = () => true;

describe('rateLimitWaitMs', () => {
	it('reads Retry-After as seconds and as an HTTP date', () => {
		expect(rateLimitWaitMs({ 'Retry-After': '7' }, NOW)).toBe(7000);
		expect(rateLimitWaitMs({ 'retry-after': 'Mon, 10 Mar 2025 12:30:30 GMT' }, NOW)).toBe(30_000);
	});
	it("reads X's epoch x-rate-limit-reset, Reddit's seconds and Mastodon's ISO x-ratelimit-reset", () => {
		expect(rateLimitWaitMs({ 'x-rate-limit-reset': String(NOW.getTime() / 1000 + 45) }, NOW)).toBe(
			45_000,
		);
		expect(rateLimitWaitMs({ 'x-ratelimit-reset': '12' }, NOW)).toBe(12_000);
		expect(rateLimitWaitMs({ 'X-RateLimit-Reset': '2025-03-10T12:31:00.000Z' }, NOW)).toBe(60_000);
		expect(rateLimitWaitMs({ 'ratelimit-reset': String(NOW.getTime() / 1000 + 5) }, NOW)).toBe(
			5000,
		);
	});
	it('never returns a negative wait, and undefined without a header', () => {
		expect(rateLimitWaitMs({ 'retry-after': 'Mon, 10 Mar 2025 12:00:00 GMT' }, NOW)).toBe(0);
		expect(rateLimitWaitMs({ 'retry-after': 'soon' }, NOW)).toBeUndefined();
		expect(rateLimitWaitMs({}, NOW)).toBeUndefined();
	});
});

describe('requestWithRetry', () => {
	it('waits as long as Retry-After says after a 429, then returns the success', async () => {
		const { fetch, requests } = fakeFetch([
			{ when: always, answers: [status(429, {}, { 'retry-after': '3' }), ok({ data: [] })] },
		]);
		const { sleep, waits } = recordingSleep();
		const response = await requestWithRetry(fetch, request, { source, sleep, now: () => NOW });
		expect(response.status).toBe(200);
		expect(waits).toEqual([3000]);
		expect(requests).toHaveLength(2);
	});

	it('backs off exponentially on 5xx without headers and caps the retries', async () => {
		const { fetch, requests } = fakeFetch([
			{ when: always, answers: [status(503, 'Service Unavailable')] },
		]);
		const { sleep, waits } = recordingSleep();
		const failure = await requestWithRetry(fetch, request, {
			source,
			sleep,
			maxRetries: 3,
			now: () => NOW,
		}).catch((error) => error);
		expect(failure).toBeInstanceOf(SourceError);
		expect(failure.status).toBe(503);
		expect(failure.hint).toMatch(/still failing after 3 retries/);
		expect(waits).toEqual([1000, 2000, 4000]);
		expect(requests).toHaveLength(4);
	});

	it('fails at once with the reset time when the wait is longer than allowed', async () => {
		const reset = String(NOW.getTime() / 1000 + 900);
		const { fetch } = fakeFetch([
			{ when: always, answers: [status(429, {}, { 'x-rate-limit-reset': reset })] },
		]);
		const { sleep, waits } = recordingSleep();
		const failure = await requestWithRetry(fetch, request, { source, sleep, now: () => NOW }).catch(
			(error) => error,
		);
		expect(failure.hint).toContain('rate limited until 2025-03-10T12:45:00.000Z');
		expect(waits).toEqual([]);
	});

	it('keeps the total wait under maxTotalWaitMs', async () => {
		const { fetch } = fakeFetch([
			{ when: always, answers: [status(429, {}, { 'retry-after': '40' })] },
		]);
		const { sleep, waits } = recordingSleep();
		await expect(
			requestWithRetry(fetch, request, {
				source,
				sleep,
				maxRetries: 10,
				maxTotalWaitMs: 100_000,
				now: () => NOW,
			}),
		).rejects.toThrow(SourceError);
		expect(waits).toEqual([40_000, 40_000]);
	});

	it('turns a 401 into "token expired" for the credential, without retrying and without secrets', async () => {
		const { fetch, requests } = fakeFetch([
			{
				when: always,
				answers: [
					status(401, {
						title: 'Unauthorized',
						detail: 'Bearer AAAAtokenvalue123 is invalid',
						status: 401,
					}),
				],
			},
		]);
		const { sleep } = recordingSleep();
		const failure: SourceError = await requestWithRetry(fetch, request, { source, sleep }).catch(
			(error) => error,
		);
		expect(failure.status).toBe(401);
		expect(failure.hint).toBe('token expired or revoked: reconnect the X API credential');
		expect(failure.message).toContain('X answered 401');
		expect(failure.message).not.toContain('AAAAtokenvalue123');
		expect(failure.message).not.toContain('SECRET123');
		expect(requests).toHaveLength(1);
	});

	it('retries network failures and then reports the source as unreachable (status 0)', async () => {
		const { fetch, requests } = fakeFetch([
			{ when: always, answers: [new Error('connect ECONNREFUSED 127.0.0.1:9 ?access_token=abc')] },
		]);
		const { sleep, waits } = recordingSleep();
		const failure: SourceError = await requestWithRetry(fetch, request, {
			source,
			sleep,
			maxRetries: 2,
		}).catch((error) => error);
		expect(failure.status).toBe(0);
		expect(failure.message).toContain('ECONNREFUSED');
		expect(failure.message).not.toContain('access_token=abc');
		expect(waits).toEqual([1000, 2000]);
		expect(requests).toHaveLength(3);
	});

	it('lets a source mark a failure as final (a spent quota is not retried)', async () => {
		const { fetch, requests } = fakeFetch([
			{ when: always, answers: [status(403, { error: { message: 'quota' } })] },
		]);
		const { sleep } = recordingSleep();
		const failure: SourceError = await requestWithRetry(fetch, request, {
			source,
			sleep,
			readFailure: () => ({ retryable: false, hint: 'quota gone' }),
		}).catch((error) => error);
		expect(failure.hint).toBe('quota gone');
		expect(requests).toHaveLength(1);
	});

	it('a deeply nested error body (180 KB) is a SourceError with its status, not a stack overflow', async () => {
		const deep = `${'{"error":'.repeat(20_000)}"x"${'}'.repeat(20_000)}`;
		const { fetch } = fakeFetch([{ when: always, answers: [status(400, JSON.parse(deep))] }]);
		const { sleep } = recordingSleep();
		const failure = await requestWithRetry(fetch, request, { source, sleep }).catch(
			(error) => error,
		);
		expect(failure).toBeInstanceOf(SourceError);
		expect(failure.status).toBe(400);
		expect(failure.message).toMatch(/^X answered 400 \(GET /);
	});

	it("redacts every form of the credential's secrets that a 401 body echoes", async () => {
		const token = 'AAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2Xz';
		const secrets = new SecretValues();
		secrets.add(token);
		const echoed = `Bearer ${token}; raw ${token}; encoded ${encodeURIComponent(token)}; base64 ${Buffer.from(token).toString('base64')}`;
		const { fetch } = fakeFetch([{ when: always, answers: [status(401, { detail: echoed })] }]);
		const { sleep } = recordingSleep();
		const failure: SourceError = await requestWithRetry(fetch, request, {
			source,
			sleep,
			secrets,
		}).catch((error) => error);
		expect(failure.message).toContain(
			'X answered 401: Bearer [redacted]; raw [redacted]; encoded [redacted]; base64 [redacted]',
		);
		for (const part of [
			token,
			'uSeid',
			'EUifiRBkKG5E2Xz',
			Buffer.from(token).toString('base64').slice(0, 12),
		]) {
			expect(failure.message).not.toContain(part);
		}
	});
});
