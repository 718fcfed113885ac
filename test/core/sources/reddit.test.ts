import { DEFAULT_REDDIT_USER_AGENT, searchReddit } from '../../../nodes/core/sources/reddit';
import { SourceError } from '../../../nodes/core/sources/SourceError';
import { fakeFetch, fixtureJson, NOW, ok, query, recordingSleep, status } from './fakeHttp';

function redditServer() {
	return fakeFetch([
		{ when: (request) => request.qs?.after === undefined, answers: [ok(fixtureJson('reddit-page1.json'), { 'x-ratelimit-remaining': '99', 'x-ratelimit-reset': '300' })] },
		{ when: (request) => request.qs?.after === 't3_1j7xk2b', answers: [ok(fixtureJson('reddit-page2.json'))] },
	]);
}

describe('Reddit adapter', () => {
	const options = { baseUrl: 'http://127.0.0.1:5678/', now: () => NOW, sleep: recordingSleep().sleep };

	it('searches sort=new with OR-ed terms and follows the after cursor', async () => {
		const { fetch, requests } = redditServer();
		const result = await searchReddit(fetch, query({ keywords: ['Acme', 'Acme Bank'], handles: ['@acme_official'], brandHandles: ['acme_official'] }), options);
		expect(requests).toHaveLength(2);
		expect(requests[0].url).toBe('http://127.0.0.1:5678/search');
		expect(requests[0].qs).toMatchObject({ q: 'Acme OR "Acme Bank" OR acme_official', sort: 'new', raw_json: 1, type: 'link' });
		expect(requests[0].headers?.['User-Agent']).toBe(DEFAULT_REDDIT_USER_AGENT);
		expect(requests[1].qs?.after).toBe('t3_1j7xk2b');
		expect(result.mentions.map((mention) => mention.id)).toEqual(['reddit:t3_1j7xm9q', 'reddit:t3_1j7xk2b', 'reddit:t3_1j7wq01']);
		expect(result.mentions[0]).toMatchObject({
			url: 'https://www.reddit.com/r/AcmeSupport/comments/1j7xm9q/acme_order_missing_for_8_days/',
			createdAt: '2025-03-10T12:16:40.000Z',
			author: { id: 't2_8xk2m', handle: 'throwaway_ordr' },
			engagement: { likes: 12, replies: 7, shares: 1 },
			tagged: true,
			query: 'Acme',
		});
		expect(result.mentions[2].text).toContain('"service fee"');
		expect(result.skipped).toEqual([{ index: 2, reason: 't3_1j7xaaa: no valid created_utc' }]);
	});

	it('restricts to subreddits and rejects a bad subreddit name', async () => {
		const { fetch, requests } = redditServer();
		await searchReddit(fetch, query({ limit: 1 }), { ...options, settings: { reddit: { subreddits: ['r/AcmeSupport', 'turkey'] } } });
		expect(requests[0].url).toBe('http://127.0.0.1:5678/r/AcmeSupport+turkey/search');
		expect(requests[0].qs).toMatchObject({ restrict_sr: true, limit: 1 });
		await expect(searchReddit(fetch, query(), { ...options, settings: { reddit: { subreddits: ['no spaces allowed'] } } })).rejects.toThrow(/^subreddits:/);
	});

	it('stops paging once posts are older than since', async () => {
		const { fetch, requests } = redditServer();
		const result = await searchReddit(fetch, query({ since: new Date('2025-03-10T11:45:00Z') }), options);
		expect(requests).toHaveLength(1);
		expect(result.mentions.map((mention) => mention.id)).toEqual(['reddit:t3_1j7xm9q']);
	});

	it('says to reconnect the credential on 401', async () => {
		const { fetch } = fakeFetch([{ when: () => true, answers: [status(401, { message: 'Unauthorized', error: 401 })] }]);
		const failure: SourceError = await searchReddit(fetch, query(), options).catch((error) => error);
		expect(failure.hint).toBe('token expired or revoked: reconnect the Reddit OAuth2 API (app-only) credential');
	});

	it('returns nothing for an empty listing', async () => {
		const { fetch } = fakeFetch([{ when: () => true, answers: [ok({ kind: 'Listing', data: { after: null, children: [] } })] }]);
		expect((await searchReddit(fetch, query(), options)).mentions).toEqual([]);
	});
});
