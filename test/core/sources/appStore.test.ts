import { searchAppStore } from '../../../nodes/core/sources/appStore';
import { fakeFetch, fixtureJson, NOW, ok, query, recordingSleep } from './fakeHttp';

describe('App Store adapter', () => {
	const options = {
		baseUrl: 'http://127.0.0.1:5678',
		now: () => NOW,
		sleep: recordingSleep().sleep,
		settings: { appStore: { appId: '1234567890', country: 'GB' } },
	};

	it('reads the most recent reviews with rating, pages until an empty page', async () => {
		const { fetch, requests } = fakeFetch([
			{
				when: (request) => request.url.includes('/page=1/'),
				answers: [ok(JSON.stringify(fixtureJson('appstore-reviews.json')))],
			},
			{
				when: () => true,
				answers: [ok({ feed: { author: { name: { label: 'iTunes Store' } } } })],
			},
		]);
		const result = await searchAppStore(fetch, query(), options);
		expect(requests.map((request) => request.url)).toEqual([
			'http://127.0.0.1:5678/gb/rss/customerreviews/page=1/id=1234567890/sortby=mostrecent/json',
			'http://127.0.0.1:5678/gb/rss/customerreviews/page=2/id=1234567890/sortby=mostrecent/json',
		]);
		expect(result.mentions).toHaveLength(2);
		expect(result.mentions[0]).toMatchObject({
			id: 'appstore:12044551234',
			createdAt: '2025-03-10T12:12:44.000Z',
			rating: 1,
			tagged: true,
			author: { handle: 'disappointed_dan' },
			engagement: { likes: 3, replies: 0, shares: 0 },
			query: 'app:1234567890',
		});
		expect(result.mentions[0].text).toBe(
			'Refund never arrived\n\nCancelled order, app says refund issued, bank says nothing. Support chat closes on its own.',
		);
		expect(result.mentions[1].text.startsWith('Fast & easy')).toBe(true);
		expect(result.mentions[1].url).toBe(
			'https://apps.apple.com/gb/app/id1234567890?see-all=reviews',
		);
		expect(result.skipped).toEqual([
			{ index: 2, reason: 'review 12044549999: rating "seven" is not 1–5' },
		]);
	});

	it('accepts a feed whose single review is an object, and filters since', async () => {
		const single = fixtureJson('appstore-reviews.json') as { feed: { entry: unknown[] } };
		const { fetch } = fakeFetch([
			{
				when: (request) => request.url.includes('/page=1/'),
				answers: [ok({ feed: { ...single.feed, entry: single.feed.entry[1] } })],
			},
			{ when: () => true, answers: [ok({ feed: {} })] },
		]);
		const result = await searchAppStore(
			fetch,
			query({ since: new Date('2025-03-10T09:00:00Z') }),
			options,
		);
		expect(result.mentions.map((mention) => mention.id)).toEqual(['appstore:12044550000']);
	});

	it("links every review to the app's public review page, not the per-app related link, and keeps the review id", async () => {
		const { fetch } = fakeFetch([
			{ when: () => true, answers: [ok(fixtureJson('appstore-reviews.json')), ok({ feed: {} })] },
		]);
		const result = await searchAppStore(fetch, query(), options);
		expect(result.mentions.map((mention) => [mention.id, mention.url])).toEqual([
			['appstore:12044551234', 'https://apps.apple.com/gb/app/id1234567890?see-all=reviews'],
			['appstore:12044550000', 'https://apps.apple.com/gb/app/id1234567890?see-all=reviews'],
		]);
		expect(result.mentions[0].createdAtEstimated).toBeUndefined();
	});

	describe('reviews without a date of their own (the older shape of the JSON feed)', () => {
		const undated = () =>
			fixtureJson('appstore-reviews-undated.json') as { feed: Record<string, unknown> };
		const trOptions = {
			...options,
			settings: { appStore: { appId: '1234567890', country: 'tr' } },
		};

		it("take the feed's updated time, marked estimated, with a notice", async () => {
			const { fetch } = fakeFetch([
				{ when: () => true, answers: [ok(undated()), ok({ feed: {} })] },
			]);
			const result = await searchAppStore(fetch, query(), trOptions);
			expect(result.skipped).toEqual([]);
			expect(result.mentions).toHaveLength(2);
			expect(result.mentions[0]).toMatchObject({
				id: 'appstore:9876543210',
				url: 'https://apps.apple.com/tr/app/id1234567890?see-all=reviews',
				createdAt: '2025-03-10T11:59:31.000Z',
				createdAtEstimated: true,
				rating: 1,
				author: { handle: 'ayse_k' },
				text: 'İade gelmedi\n\nSiparişi iptal ettim, iade hâlâ yok.',
			});
			expect(result.mentions[1]).toMatchObject({
				id: 'appstore:9876543111',
				createdAt: '2025-03-10T11:59:31.000Z',
				createdAtEstimated: true,
			});
			expect(result.notices).toEqual([
				expect.stringMatching(
					/^Apple's feed gives no date for 2 reviews.*: the feed's "updated" time stands in, marked createdAtEstimated$/,
				),
			]);
		});

		it('take the fetch time when the feed has no updated time either', async () => {
			const { updated: _updated, ...feed } = undated().feed;
			const { fetch } = fakeFetch([
				{ when: () => true, answers: [ok({ feed }), ok({ feed: {} })] },
			]);
			const result = await searchAppStore(fetch, query(), trOptions);
			expect(
				result.mentions.map((mention) => [mention.createdAt, mention.createdAtEstimated]),
			).toEqual([
				[NOW.toISOString(), true],
				[NOW.toISOString(), true],
			]);
			expect(result.notices).toEqual([expect.stringMatching(/the time of this fetch/)]);
		});

		it('never take a feed time later than the fetch', async () => {
			const feed = { ...undated().feed, updated: { label: '2025-03-10T13:30:00Z' } };
			const { fetch } = fakeFetch([
				{ when: () => true, answers: [ok({ feed }), ok({ feed: {} })] },
			]);
			const result = await searchAppStore(fetch, query(), trOptions);
			expect(result.mentions.map((mention) => mention.createdAt)).toEqual([
				NOW.toISOString(),
				NOW.toISOString(),
			]);
		});
	});

	describe('never returns nothing without saying why', () => {
		it('when the feed has no reviews', async () => {
			const { fetch } = fakeFetch([
				{
					when: () => true,
					answers: [ok({ feed: { author: { name: { label: 'iTunes Store' } } } })],
				},
			]);
			const result = await searchAppStore(fetch, query(), options);
			expect(result.mentions).toEqual([]);
			expect(result.notices).toEqual([
				expect.stringMatching(
					/no reviews for app 1234567890 in the GB storefront.*app id and the country/,
				),
			]);
		});

		it('when every review was skipped', async () => {
			const broken = {
				feed: {
					entry: [{ id: { label: '1' }, 'im:rating': { label: '0' } }, { id: { label: '2' } }],
				},
			};
			const { fetch } = fakeFetch([{ when: () => true, answers: [ok(broken), ok({ feed: {} })] }]);
			const result = await searchAppStore(fetch, query(), options);
			expect(result.mentions).toEqual([]);
			expect(result.notices).toEqual([
				expect.stringMatching(
					/^all 2 reviews the feed served were skipped.*review 1: rating "0" is not 1–5/,
				),
			]);
		});

		it('when no review is new enough', async () => {
			const { fetch } = fakeFetch([
				{ when: () => true, answers: [ok(fixtureJson('appstore-reviews.json')), ok({ feed: {} })] },
			]);
			const result = await searchAppStore(
				fetch,
				query({ since: new Date('2025-03-11T00:00:00Z') }),
				options,
			);
			expect(result.mentions).toEqual([]);
			expect(result.notices).toEqual([
				expect.stringMatching(/none of the 2 reviews read passed Since, Exclude Words or Language/),
			]);
		});
	});

	it('names the bad field', async () => {
		const { fetch } = fakeFetch([]);
		await expect(
			searchAppStore(fetch, query(), {
				...options,
				settings: { appStore: { appId: 'acme', country: 'gb' } },
			}),
		).rejects.toThrow(/^appId:/);
		await expect(
			searchAppStore(fetch, query(), {
				...options,
				settings: { appStore: { appId: '1234567890', country: 'GBR' } },
			}),
		).rejects.toThrow(/^country:/);
	});
});
