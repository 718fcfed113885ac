import type { Mention } from '../../../nodes/core/mention/Mention';
import { normaliseBlueskyPost, searchBluesky } from '../../../nodes/core/sources/bluesky';
import { advancePoll, nextPollSince } from '../../../nodes/core/sources/pollCursor';
import type { SourceError } from '../../../nodes/core/sources/SourceError';
import { postView } from './blueskyPostView';
import { fakeFetch, fixtureJson, NOW, ok, query, recordingSleep, status } from './fakeHttp';

function blueskyServer() {
	return fakeFetch([
		{
			when: (request) => request.url.includes('searchPosts') && request.qs?.cursor === undefined,
			answers: [ok(fixtureJson('bluesky-page1.json'))],
		},
		{
			when: (request) => request.url.includes('searchPosts') && request.qs?.cursor === '25',
			answers: [ok(fixtureJson('bluesky-page2.json'))],
		},
		{
			when: (request) => request.url.includes('app.bsky.actor.getProfiles'),
			answers: [ok(fixtureJson('bluesky-profiles.json'))],
		},
	]);
}

describe('Bluesky adapter', () => {
	const options = {
		baseUrl: 'http://127.0.0.1:5678',
		now: () => NOW,
		sleep: recordingSleep().sleep,
	};

	it('searches latest posts, follows the cursor and normalises post views', async () => {
		const { fetch, requests } = blueskyServer();
		const since = new Date('2025-03-10T11:00:00Z');
		const result = await searchBluesky(
			fetch,
			query({ since, language: 'tr', brandHandles: ['did:plc:acmebrand000000000000000'] }),
			options,
		);
		expect(requests[0].url).toBe('http://127.0.0.1:5678/xrpc/app.bsky.feed.searchPosts');
		expect(requests[0].qs).toMatchObject({
			q: 'Acme',
			sort: 'latest',
			since: '2025-03-10T11:00:00.000Z',
			lang: 'tr',
			limit: 50,
		});
		expect(requests[1].qs?.cursor).toBe('25');
		// The API was asked for Turkish; the English posts it still returned are filtered out here.
		expect(result.mentions.map((mention) => mention.id)).toEqual([
			'bluesky:did:plc:ab12cd34ef56gh78ij90kl12/3lk4xq2abcd2s',
		]);
		expect(result.mentions[0]).toMatchObject({
			url: 'https://bsky.app/profile/ayse.bsky.social/post/3lk4xq2abcd2s',
			createdAt: '2025-03-10T12:18:44.123Z',
			author: {
				id: 'did:plc:ab12cd34ef56gh78ij90kl12',
				handle: 'ayse.bsky.social',
				name: 'Ayşe Y.',
			},
			engagement: { likes: 11, replies: 1, shares: 6 },
			tagged: true,
		});
		expect(result.skipped).toEqual([
			{
				index: 2,
				reason:
					'post at://did:plc:broken/app.bsky.feed.like/3notapost: not an app.bsky.feed.post at-uri (search "Acme")',
			},
		]);
	});

	it('adds followers with one getProfiles call when asked', async () => {
		const { fetch, requests } = blueskyServer();
		const result = await searchBluesky(fetch, query(), {
			...options,
			settings: { bluesky: { fetchFollowers: true } },
		});
		const profilesCall = requests.find((request) => request.url.includes('getProfiles'));
		expect(profilesCall?.url).toContain('actors=did%3Aplc%3Aab12cd34ef56gh78ij90kl12&actors=');
		expect(result.mentions.map((mention) => mention.author.followers)).toEqual([842, 15, 98000]);
		expect(result.mentions[1].inReplyTo).toBe('bluesky:did:plc:parent111/3parent');
	});

	it('stops at the limit', async () => {
		const { fetch, requests } = blueskyServer();
		const result = await searchBluesky(fetch, query({ limit: 1 }), options);
		expect(result.mentions).toHaveLength(1);
		expect(requests).toHaveLength(1);
	});

	it('explains an expired session (a 400 ExpiredToken on Bluesky)', async () => {
		const { fetch } = fakeFetch([
			{
				when: () => true,
				answers: [status(400, { error: 'ExpiredToken', message: 'Token has expired' })],
			},
		]);
		const failure: SourceError = await searchBluesky(fetch, query(), options).catch(
			(error) => error,
		);
		expect(failure.status).toBe(400);
		expect(failure.message).toContain('Token has expired');
		expect(failure.hint).toMatch(/session expired/);
	});

	it('honours ratelimit-reset on 429', async () => {
		const reset = String(NOW.getTime() / 1000 + 8);
		const { fetch } = fakeFetch([
			{
				when: () => true,
				answers: [
					status(429, { error: 'RateLimitExceeded' }, { 'ratelimit-reset': reset }),
					ok({ posts: [] }),
				],
			},
		]);
		const recorder = recordingSleep();
		const result = await searchBluesky(fetch, query(), { ...options, sleep: recorder.sleep });
		expect(recorder.waits).toEqual([8000]);
		expect(result.mentions).toEqual([]);
	});

	describe("time: the server's indexedAt orders and cursors, the client's createdAt is shown only when not later", () => {
		it('shows createdAt when it is not later than indexedAt, else indexedAt; keeps indexedAt', () => {
			const usual = normaliseBlueskyPost(
				postView(
					'3lusual0000a',
					'Acme refund?',
					'2025-03-10T12:00:00.000Z',
					'2025-03-10T12:00:01.500Z',
				),
				query(),
				'Acme',
				false,
			) as Mention;
			expect(usual).toMatchObject({
				createdAt: '2025-03-10T12:00:00.000Z',
				indexedAt: '2025-03-10T12:00:01.500Z',
			});
			const future = normaliseBlueskyPost(
				postView(
					'3lfuture000a',
					'Acme outage',
					'2031-01-01T00:00:00.000Z',
					'2025-03-10T12:05:00.000Z',
				),
				query(),
				'Acme',
				false,
			) as Mention;
			expect(future).toMatchObject({
				createdAt: '2025-03-10T12:05:00.000Z',
				indexedAt: '2025-03-10T12:05:00.000Z',
			});
		});

		it("orders merged results by indexedAt, not by the client's createdAt", async () => {
			const late = postView(
				'3llate00000a',
				'Acme lost my parcel',
				'2025-03-10T12:00:00.000Z',
				'2025-03-10T12:20:00.000Z',
			);
			const prompt = postView(
				'3lprompt000a',
				'acme bank is down',
				'2025-03-10T12:10:00.000Z',
				'2025-03-10T12:10:00.400Z',
			);
			const { fetch } = fakeFetch([
				{ when: (request) => request.qs?.q === 'Acme', answers: [ok({ posts: [late] })] },
				{ when: (request) => request.qs?.q === 'acme bank', answers: [ok({ posts: [prompt] })] },
			]);
			const result = await searchBluesky(
				fetch,
				query({ keywords: ['Acme', 'acme bank'] }),
				options,
			);
			expect(result.mentions.map((mention) => mention.id)).toEqual([
				'bluesky:did:plc:poster3llate00000a/3llate00000a',
				'bluesky:did:plc:poster3lprompt000a/3lprompt000a',
			]);
		});

		it('a future-dated post does not push the poll cursor past a post that arrives later', async () => {
			const t0 = new Date('2025-03-10T12:00:00.000Z');
			const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000).toISOString();
			const futureDated = postView(
				'3lfuture000a',
				'Acme scheduled from a wrong clock',
				'2031-06-01T00:00:00.000Z',
				at(-1),
			);
			const server: unknown[] = [futureDated];
			const { fetch } = fakeFetch([
				{
					when: () => true,
					answers: [
						ok({
							get posts() {
								return [...server];
							},
						}),
					],
				},
			]);

			const poll = async (nowMinutes: number, stored: unknown) => {
				const now = new Date(at(nowMinutes));
				const result = await searchBluesky(
					fetch,
					query({ since: nextPollSince(stored, { now }) }),
					{ ...options, now: () => now },
				);
				return advancePoll(stored, result.mentions, result.cursor, { now });
			};
			const first = await poll(0, undefined);
			const later = postView('3llater0000a', 'Acme charged me twice', at(3), at(3));
			server.unshift(later);
			const second = await poll(5, first.state);
			expect(second.newMentions.map((mention) => mention.id)).toEqual([
				'bluesky:did:plc:poster3llater0000a/3llater0000a',
			]);
			expect(second.state.newestCreatedAt).toBe(at(3));
		});
	});
});
