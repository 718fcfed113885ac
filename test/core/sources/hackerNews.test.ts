import { searchHackerNews } from '../../../nodes/core/sources/hackerNews';
import { SourceError } from '../../../nodes/core/sources/SourceError';
import { fakeFetch, fixtureJson, NOW, ok, query, recordingSleep, status } from './fakeHttp';

const page = (request: { qs?: Record<string, unknown> }) => Number(request.qs?.page ?? 0);

function hnServer() {
	return fakeFetch([
		{
			when: (request) => request.url.endsWith('/api/v1/search_by_date') && page(request) === 0,
			answers: [ok(fixtureJson('hackernews-page0.json'))],
		},
		{
			when: (request) => request.url.endsWith('/api/v1/search_by_date') && page(request) === 1,
			answers: [ok(fixtureJson('hackernews-page1.json'))],
		},
	]);
}

describe('Hacker News adapter', () => {
	const options = {
		baseUrl: 'http://127.0.0.1:5678',
		now: () => NOW,
		sleep: recordingSleep().sleep,
	};

	it('normalises Algolia hits and follows pages until they end', async () => {
		const { fetch, requests } = hnServer();
		const result = await searchHackerNews(fetch, query({ brandHandles: ['acme'] }), options);
		expect(requests.map((request) => request.qs?.page)).toEqual([0, 1]);
		expect(requests[0].qs).toMatchObject({ query: 'Acme', tags: '(story,comment)' });
		expect(result.mentions.map((mention) => mention.id)).toEqual([
			'hackernews:39650123',
			'hackernews:39650011',
			'hackernews:39649990',
		]);
		const comment = result.mentions[0];
		expect(comment).toMatchObject({
			source: 'hackernews',
			url: 'https://news.ycombinator.com/item?id=39650123',
			createdAt: '2025-03-10T12:20:05.000Z',
			author: { handle: 'dang42' },
			inReplyTo: 'hackernews:39650011',
			query: 'Acme',
			tagged: false,
		});
		expect(comment.text).toBe(
			'Acme\'s refund flow has been broken for two days. I got charged twice and support just says "wait".\n\nAnyone from Acme here?',
		);
		expect(result.mentions[1].engagement).toEqual({ likes: 87, replies: 41, shares: 0 });
		expect(result.mentions[2].text).toContain('> their API kept timing out & nobody');
	});

	it('skips the hit without an author, with a reason', async () => {
		const { fetch } = hnServer();
		const result = await searchHackerNews(fetch, query(), options);
		expect(result.skipped).toEqual([
			{ index: 2, reason: 'item 39650005: no author (search "Acme")' },
		]);
	});

	it('stops at the limit without asking for the next page', async () => {
		const { fetch, requests } = hnServer();
		const result = await searchHackerNews(fetch, query({ limit: 2 }), options);
		expect(result.mentions).toHaveLength(2);
		expect(requests).toHaveLength(1);
		expect(requests[0].qs?.hitsPerPage).toBe(2);
	});

	it('passes since as created_at_i and drops older hits; exclude words filter the text', async () => {
		const { fetch, requests } = hnServer();
		const since = new Date('2025-03-10T12:00:00Z');
		const result = await searchHackerNews(
			fetch,
			query({ since, excludeWords: ['post-mortem'] }),
			options,
		);
		expect(requests[0].qs?.numericFilters).toBe(`created_at_i>=${since.getTime() / 1000}`);
		expect(result.mentions.map((mention) => mention.id)).toEqual(['hackernews:39650123']);
	});

	it('returns nothing for an empty page', async () => {
		const { fetch } = fakeFetch([
			{ when: () => true, answers: [ok({ hits: [], nbHits: 0, page: 0, nbPages: 0 })] },
		]);
		const result = await searchHackerNews(fetch, query(), options);
		expect(result).toMatchObject({ mentions: [], skipped: [], requests: 1 });
	});

	it('retries a 429 and reports a notice when Algolia caps the hits', async () => {
		const capped = {
			...(fixtureJson('hackernews-page1.json') as object),
			nbHits: 5000,
			nbPages: 1,
			page: 0,
		};
		const { fetch } = fakeFetch([
			{
				when: () => true,
				answers: [
					status(429, { message: 'Too many requests' }, { 'retry-after': '2' }),
					ok(capped),
				],
			},
		]);
		const recorder = recordingSleep();
		const result = await searchHackerNews(fetch, query(), { ...options, sleep: recorder.sleep });
		expect(recorder.waits).toEqual([2000]);
		expect(result.mentions).toHaveLength(1);
		expect(result.notices[0]).toMatch(/more than 1000 items/);
	});

	describe('Algolia matches prefixes, typos and scattered words', () => {
		const phraseServer = () =>
			fakeFetch([{ when: () => true, answers: [ok(fixtureJson('hackernews-phrase.json'))] }]);

		it('sends a multi-word term as a quoted phrase; single words and handles as they are', async () => {
			const { fetch, requests } = phraseServer();
			await searchHackerNews(
				fetch,
				query({ keywords: ['Acme Bank', 'Acme', ' "acme  card" '], handles: ['@acmebank'] }),
				options,
			);
			expect(requests.map((request) => request.qs?.query)).toEqual([
				'"Acme Bank"',
				'Acme',
				'"acme  card"',
				'acmebank',
			]);
		});

		it('drops hits whose text does not contain a term, and says how many', async () => {
			const { fetch } = phraseServer();
			const result = await searchHackerNews(fetch, query({ keywords: ['Acme Bank'] }), options);
			expect(result.mentions.map((mention) => mention.id)).toEqual([
				'hackernews:39651100',
				'hackernews:39651030',
			]);
			expect(result.mentions.map((mention) => mention.query)).toEqual(['Acme Bank', 'Acme Bank']);
			expect(result.skipped).toEqual([]);
			expect(result.notices).toEqual([
				'dropped 3 of the hits Algolia returned for "Acme Bank": their text does not contain a keyword or handle (Algolia also matches prefixes, typos and words apart)',
			]);
		});

		it('keeps a hit that contains another of the terms', async () => {
			const { fetch } = phraseServer();
			const result = await searchHackerNews(
				fetch,
				query({ keywords: ['Acme Bank'], handles: ['@acmedev', 'rlee'] }),
				{ ...options, settings: { hackerNews: { tags: 'comment' } } },
			);
			expect(result.mentions.map((mention) => mention.id)).toEqual([
				'hackernews:39651100',
				'hackernews:39651030',
			]);
			const withAcme = await searchHackerNews(
				phraseServer().fetch,
				query({ keywords: ['Acme Bank', 'acme'] }),
				options,
			);
			expect(withAcme.mentions.map((mention) => mention.id)).toEqual([
				'hackernews:39651100',
				'hackernews:39651090',
				'hackernews:39651030',
			]);
		});
	});

	it('needs a keyword or handle', async () => {
		const { fetch } = hnServer();
		await expect(searchHackerNews(fetch, query({ keywords: [' '] }), options)).rejects.toThrow(
			'keywords: Hacker News needs at least one keyword',
		);
	});

	it('reports a server failure as a SourceError', async () => {
		const { fetch } = fakeFetch([
			{ when: () => true, answers: [status(400, { message: 'invalid numericFilters' })] },
		]);
		await expect(searchHackerNews(fetch, query(), options)).rejects.toBeInstanceOf(SourceError);
	});
});
