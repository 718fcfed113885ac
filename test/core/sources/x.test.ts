import type { HttpFetch, HttpRequest } from '../../../nodes/core/sources/http';
import { buildXQuery, searchX } from '../../../nodes/core/sources/x';
import type { SourceError } from '../../../nodes/core/sources/SourceError';
import { fakeFetch, fixtureJson, NOW, ok, query, recordingSleep, status } from './fakeHttp';

function xServer() {
	return fakeFetch([
		{
			when: (request) => request.qs?.next_token === undefined,
			answers: [ok(fixtureJson('x-page1.json'))],
		},
		{
			when: (request) => request.qs?.next_token === 'b26v89c19zqg8o3fr5pv8v',
			answers: [ok(fixtureJson('x-page2.json'))],
		},
	]);
}

describe('X adapter', () => {
	const options = {
		baseUrl: 'http://127.0.0.1:5678',
		now: () => NOW,
		sleep: recordingSleep().sleep,
	};

	it('builds one OR query with exclusions, language and no retweets', () => {
		expect(
			buildXQuery(
				query({
					keywords: ['Acme', 'Acme Bank'],
					handles: ['AcmeSupport'],
					excludeWords: ['job', 'stock price'],
					language: 'tr',
				}),
			),
		).toBe('(Acme OR "Acme Bank" OR @AcmeSupport) -job -"stock price" lang:tr -is:retweet');
		expect(() =>
			buildXQuery(query({ keywords: Array.from({ length: 80 }, (_, index) => `keyword${index}`) })),
		).toThrow(/^keywords: the X query is \d+ characters/);
	});

	it('pages with next_token, joins authors from includes and returns the newest id as cursor', async () => {
		const { fetch, requests } = xServer();
		const since = new Date('2025-03-10T11:00:00Z');
		const result = await searchX(fetch, query({ since, brandHandles: ['@acmesupport'] }), options);
		expect(requests[0].url).toBe('http://127.0.0.1:5678/2/tweets/search/recent');
		expect(requests[0].qs).toMatchObject({
			expansions: 'author_id',
			'user.fields': 'public_metrics,username,name,verified,url',
			start_time: '2025-03-10T11:00:00.000Z',
			max_results: 50,
		});
		expect(requests[1].qs?.next_token).toBe('b26v89c19zqg8o3fr5pv8v');
		expect(result.mentions.map((mention) => mention.id)).toEqual([
			'x:1899061524125663745',
			'x:1899058811000000001',
			'x:1899050000000000000',
		]);
		expect(result.mentions[0]).toMatchObject({
			url: 'https://x.com/jreeves_tech/status/1899061524125663745',
			text: '@AcmeSupport my card was charged twice & the refund page errors out. Fix this!',
			author: {
				id: '1448732091',
				handle: 'jreeves_tech',
				name: 'Jordan Reeves',
				followers: 182000,
				verified: true,
			},
			engagement: { likes: 52, replies: 3, shares: 16 },
			tagged: true,
			language: 'en',
		});
		expect(result.mentions[1]).toMatchObject({
			tagged: false,
			inReplyTo: 'x:1899050000000000000',
			language: 'tr',
		});
		expect(result.skipped).toEqual([
			{ index: 2, reason: 'post 1899058000000000000: author 404404 missing from includes.users' },
		]);
		expect(result.cursor).toBe('1899061524125663745');
		expect(result.requests).toBe(2);
	});

	it('uses since_id from the previous poll instead of start_time, and keeps it when nothing is new', async () => {
		const { fetch, requests } = fakeFetch([
			{ when: () => true, answers: [ok(fixtureJson('x-empty.json'))] },
		]);
		const result = await searchX(fetch, query({ since: new Date('2025-03-10T11:00:00Z') }), {
			...options,
			sinceId: '1899061524125663745',
		});
		expect(requests[0].qs?.since_id).toBe('1899061524125663745');
		expect(requests[0].qs?.start_time).toBeUndefined();
		expect(result).toMatchObject({ mentions: [], cursor: '1899061524125663745' });
	});

	it('clamps since to the 7-day window of recent search', async () => {
		const { fetch, requests } = fakeFetch([
			{ when: () => true, answers: [ok(fixtureJson('x-empty.json'))] },
		]);
		const result = await searchX(
			fetch,
			query({ since: new Date('2025-02-01T00:00:00Z') }),
			options,
		);
		expect(requests[0].qs?.start_time).toBe('2025-03-03T12:31:00.000Z');
		expect(result.notices[0]).toMatch(/7 days/);
	});

	describe('Max Posts Read: X bills every post read, so the budget counts posts, not requests', () => {
		/** A recent-search endpoint holding `total` posts, newest first, answering max_results at a time. */
		function xArchive(total: number): { fetch: HttpFetch; requests: Array<HttpRequest['qs']> } {
			const ids = Array.from({ length: total }, (_, index) =>
				String(1899061524125663745n - BigInt(index)),
			);
			const requests: Array<HttpRequest['qs']> = [];
			const fetch: HttpFetch = async (request) => {
				requests.push(request.qs);
				const start = Number(request.qs?.next_token ?? 0);
				const page = ids.slice(start, start + Number(request.qs?.max_results));
				const next = start + page.length < ids.length ? String(start + page.length) : undefined;
				return ok({
					data: page.map((id, index) => ({
						id,
						text: `Acme post ${start + index}`,
						author_id: '1448732091',
						created_at: '2025-03-10T12:24:31.000Z',
						lang: 'en',
					})),
					includes: {
						users: [{ id: '1448732091', name: 'Jordan Reeves', username: 'jreeves_tech' }],
					},
					meta: { result_count: page.length, ...(next ? { next_token: next } : {}) },
				});
			};
			return { fetch, requests };
		}

		it('asks for no more than the budget and stops paging when it is spent, saying how many posts were read', async () => {
			const archive = xArchive(500);
			const result = await searchX(archive.fetch, query({ limit: 500 }), {
				...options,
				settings: { x: { maxPostsRead: 130 } },
			});
			expect(archive.requests.map((qs) => qs?.max_results)).toEqual([100, 30]);
			expect(result.mentions).toHaveLength(130);
			expect(result.requests).toBe(2);
			expect(result.notices).toEqual([
				expect.stringMatching(/Max Posts Read \(130\)/),
				expect.stringMatching(/^X: 130 posts and 2 user profiles read this run/),
			]);
		});

		it('does not ask for a page that would pass the budget (X returns at least 10 a page)', async () => {
			const archive = xArchive(500);
			const result = await searchX(archive.fetch, query({ limit: 500 }), {
				...options,
				settings: { x: { maxPostsRead: 105 } },
			});
			expect(archive.requests.map((qs) => qs?.max_results)).toEqual([100]);
			expect(result.mentions).toHaveLength(100);
			expect(result.notices[0]).toMatch(/stopped after reading 100 posts/);
		});

		it('defaults to 100 posts read', async () => {
			const archive = xArchive(500);
			const result = await searchX(archive.fetch, query({ limit: 500 }), options);
			expect(archive.requests.map((qs) => qs?.max_results)).toEqual([100]);
			expect(result.notices[0]).toMatch(/Max Posts Read \(100\)/);
		});

		it('is not capped by Max Requests any more', async () => {
			const archive = xArchive(500);
			const result = await searchX(archive.fetch, query({ limit: 500 }), {
				...options,
				maxRequests: 1,
				settings: { x: { maxPostsRead: 300 } },
			});
			expect(archive.requests.map((qs) => qs?.max_results)).toEqual([100, 100, 100]);
			expect(result.mentions).toHaveLength(300);
		});

		it("asks for what the limit still needs, but never fewer than X's 10", async () => {
			const archive = xArchive(500);
			await searchX(archive.fetch, query({ limit: 4 }), options);
			expect(archive.requests.map((qs) => qs?.max_results)).toEqual([10]);
		});

		it('reports the reads of a search that found nothing new', async () => {
			const { fetch } = fakeFetch([
				{ when: () => true, answers: [ok(fixtureJson('x-empty.json'))] },
			]);
			const result = await searchX(fetch, query(), options);
			expect(result.notices).toEqual([
				expect.stringMatching(/^X: 0 posts and 0 user profiles read this run/),
			]);
		});

		it('rejects a budget below one page', async () => {
			const { fetch, requests } = xServer();
			await expect(
				searchX(fetch, query(), { ...options, settings: { x: { maxPostsRead: 5 } } }),
			).rejects.toThrow(/^maxPostsRead:/);
			expect(requests).toHaveLength(0);
		});
	});

	it('asks for note_tweet and reads a long post whole, mentions included', async () => {
		const longText = `${'Acme kept my deposit for three months and nobody answers the phone. '.repeat(6)}@AcmeSupport this is the fifth time I write.`;
		const body = {
			data: [
				{
					id: '1899070000000000001',
					// X sends the first 280 characters in text and the whole post in note_tweet.
					text: `${longText.slice(0, 277)}…`,
					note_tweet: {
						text: longText,
						entities: {
							mentions: [
								{
									start: longText.indexOf('@'),
									end: longText.indexOf('@') + 12,
									username: 'AcmeSupport',
									id: '90021',
								},
							],
						},
					},
					author_id: '2200113',
					created_at: '2025-03-10T12:25:00.000Z',
					lang: 'en',
				},
			],
			includes: { users: [{ id: '2200113', name: 'Elif', username: 'elif_k' }] },
			meta: { result_count: 1 },
		};
		const { fetch, requests } = fakeFetch([{ when: () => true, answers: [ok(body)] }]);
		const result = await searchX(fetch, query({ brandHandles: ['AcmeSupport'] }), options);
		expect(String(requests[0].qs?.['tweet.fields']).split(',')).toContain('note_tweet');
		expect(result.mentions[0].text).toBe(longText);
		expect(result.mentions[0].text.length).toBeGreaterThan(280);
		expect(result.mentions[0].tagged).toBe(true);
	});

	it('waits for x-rate-limit-reset on 429, then succeeds', async () => {
		const reset = String(NOW.getTime() / 1000 + 30);
		const { fetch } = fakeFetch([
			{
				when: () => true,
				answers: [
					status(429, fixtureJson('x-429.json'), {
						'x-rate-limit-reset': reset,
						'x-rate-limit-remaining': '0',
					}),
					ok(fixtureJson('x-page2.json')),
				],
			},
		]);
		const recorder = recordingSleep();
		const result = await searchX(fetch, query(), { ...options, sleep: recorder.sleep });
		expect(recorder.waits).toEqual([30_000]);
		expect(result.mentions).toHaveLength(1);
	});

	it('turns 401 into a clear error', async () => {
		const { fetch } = fakeFetch([
			{ when: () => true, answers: [status(401, fixtureJson('x-401.json'))] },
		]);
		const failure: SourceError = await searchX(fetch, query(), options).catch((error) => error);
		expect(failure).toMatchObject({
			source: 'x',
			status: 401,
			hint: 'token expired or revoked: reconnect the X API credential',
		});
		expect(failure.message).toBe(
			'X answered 401: Unauthorized (GET http://127.0.0.1:5678/2/tweets/search/recent)',
		);
	});

	it('rejects a since_id that is not a post id', async () => {
		const { fetch } = xServer();
		await expect(searchX(fetch, query(), { ...options, sinceId: 'abc' })).rejects.toThrow(
			/^sinceId:/,
		);
	});
});
