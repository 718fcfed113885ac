import { readFileSync } from 'fs';
import { join } from 'path';

import { PACKAGE_VERSION } from '../../../nodes/core/sources/packageVersion';
import { normaliseRedditThing, searchReddit } from '../../../nodes/core/sources/reddit';
import { redditUserAgent } from '../../../nodes/core/sources/redditUserAgent';
import { SourceError } from '../../../nodes/core/sources/SourceError';
import { fakeFetch, fixtureJson, NOW, ok, query, recordingSleep, status } from './fakeHttp';

/** A comment as a Listing child (`t1`), in Reddit's documented shape, as some listings serve it: without `permalink`. */
const COMMENT_WITHOUT_PERMALINK = {
	kind: 't1',
	data: {
		subreddit: 'AcmeSupport',
		link_id: 't3_1j7xm9q',
		parent_id: 't3_1j7xm9q',
		body: 'Same here, Acme charged me twice &amp; support is silent.',
		author_fullname: 't2_4kq1z',
		name: 't1_mhx0a2c',
		id: 'mhx0a2c',
		author: 'double_charged',
		created_utc: 1741609300.0,
		score: 4,
	},
};

const packageVersion = (
	JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { version: string }
).version;

function redditServer() {
	return fakeFetch([
		{
			when: (request) => request.qs?.after === undefined,
			answers: [
				ok(fixtureJson('reddit-page1.json'), {
					'x-ratelimit-remaining': '99',
					'x-ratelimit-reset': '300',
				}),
			],
		},
		{
			when: (request) => request.qs?.after === 't3_1j7xk2b',
			answers: [ok(fixtureJson('reddit-page2.json'))],
		},
	]);
}

describe('Reddit adapter', () => {
	const options = {
		baseUrl: 'http://127.0.0.1:5678/',
		now: () => NOW,
		sleep: recordingSleep().sleep,
	};

	it('searches sort=new with OR-ed terms and follows the after cursor', async () => {
		const { fetch, requests } = redditServer();
		const result = await searchReddit(
			fetch,
			query({
				keywords: ['Acme', 'Acme Bank'],
				handles: ['@acme_official'],
				brandHandles: ['acme_official'],
			}),
			options,
		);
		expect(requests).toHaveLength(2);
		expect(requests[0].url).toBe('http://127.0.0.1:5678/search');
		expect(requests[0].qs).toMatchObject({
			q: 'Acme OR "Acme Bank" OR acme_official',
			sort: 'new',
			raw_json: 1,
			type: 'link',
		});
		expect(requests[0].headers?.['User-Agent']).toBe(`n8n:n8n-nodes-crisis-desk:${packageVersion}`);
		expect(requests[1].qs?.after).toBe('t3_1j7xk2b');
		expect(result.mentions.map((mention) => mention.id)).toEqual([
			'reddit:t3_1j7xm9q',
			'reddit:t3_1j7xk2b',
			'reddit:t3_1j7wq01',
		]);
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
		await searchReddit(fetch, query({ limit: 1 }), {
			...options,
			settings: { reddit: { subreddits: ['r/AcmeSupport', 'turkey'] } },
		});
		expect(requests[0].url).toBe('http://127.0.0.1:5678/r/AcmeSupport+turkey/search');
		expect(requests[0].qs).toMatchObject({ restrict_sr: true, limit: 1 });
		await expect(
			searchReddit(fetch, query(), {
				...options,
				settings: { reddit: { subreddits: ['no spaces allowed'] } },
			}),
		).rejects.toThrow(/^subreddits:/);
	});

	it('stops paging once posts are older than since', async () => {
		const { fetch, requests } = redditServer();
		const result = await searchReddit(
			fetch,
			query({ since: new Date('2025-03-10T11:45:00Z') }),
			options,
		);
		expect(requests).toHaveLength(1);
		expect(result.mentions.map((mention) => mention.id)).toEqual(['reddit:t3_1j7xm9q']);
	});

	it('says to reconnect the credential on 401', async () => {
		const { fetch } = fakeFetch([
			{ when: () => true, answers: [status(401, { message: 'Unauthorized', error: 401 })] },
		]);
		const failure: SourceError = await searchReddit(fetch, query(), options).catch(
			(error) => error,
		);
		expect(failure.hint).toBe(
			'token expired or revoked: reconnect the Reddit App-Only OAuth2 API credential',
		);
	});

	it('returns nothing for an empty listing', async () => {
		const { fetch } = fakeFetch([
			{ when: () => true, answers: [ok({ kind: 'Listing', data: { after: null, children: [] } })] },
		]);
		expect((await searchReddit(fetch, query(), options)).mentions).toEqual([]);
	});

	it('links a comment without permalink to its post: /comments/<postId>/_/<commentId> from link_id', () => {
		const mention = normaliseRedditThing(COMMENT_WITHOUT_PERMALINK, query(), 'Acme', false);
		expect(mention).toMatchObject({
			id: 'reddit:t1_mhx0a2c',
			url: 'https://www.reddit.com/comments/1j7xm9q/_/mhx0a2c',
			text: 'Same here, Acme charged me twice & support is silent.',
			inReplyTo: 'reddit:t3_1j7xm9q',
		});
		const orphan = { kind: 't1', data: { ...COMMENT_WITHOUT_PERMALINK.data, link_id: undefined } };
		expect(normaliseRedditThing(orphan, query(), 'Acme', false)).toBe(
			't1_mhx0a2c: no permalink and no link_id to link the comment',
		);
		const oddLink = {
			kind: 't1',
			data: { ...COMMENT_WITHOUT_PERMALINK.data, link_id: 't3_../../evil' },
		};
		expect(normaliseRedditThing(oddLink, query(), 'Acme', false)).toBe(
			't1_mhx0a2c: no permalink and no link_id to link the comment',
		);
	});

	describe('User-Agent in the form Reddit requires: <platform>:<app ID>:<version> (by /u/<user>)', () => {
		it('keeps the package version in step with package.json', () => {
			expect(PACKAGE_VERSION).toBe(packageVersion);
		});

		it('names the Reddit user when one is set, in any of the ways people write it', async () => {
			const expected = `n8n:n8n-nodes-crisis-desk:${packageVersion} (by /u/acme_social)`;
			for (const username of ['acme_social', 'u/acme_social', '/u/acme_social', ' acme_social ']) {
				expect(redditUserAgent(username)).toBe(expected);
			}
			const { fetch, requests } = redditServer();
			await searchReddit(fetch, query({ limit: 1 }), {
				...options,
				settings: { reddit: { subreddits: [], username: 'acme_social' } },
			});
			expect(requests[0].headers?.['User-Agent']).toBe(expected);
		});

		it('rejects a username Reddit could not have (it goes into a header)', async () => {
			const { fetch, requests } = redditServer();
			for (const username of ['no spaces', 'x', 'a'.repeat(21), 'acme\r\nX-Evil: 1']) {
				await expect(
					searchReddit(fetch, query(), {
						...options,
						settings: { reddit: { subreddits: [], username } },
					}),
				).rejects.toThrow(/^redditUsername:/);
			}
			expect(requests).toHaveLength(0);
		});
	});

	describe('without a credential: the public JSON listings', () => {
		const publicOptions = (username?: string) => ({
			...options,
			settings: {
				reddit: { subreddits: [], access: 'public' as const, ...(username ? { username } : {}) },
			},
		});

		it('searches /search.json and /r/<subs>/search.json with the same Listing paging', async () => {
			const { fetch, requests } = fakeFetch([
				{
					when: (request) => request.qs?.after === undefined,
					answers: [ok(fixtureJson('reddit-page1.json'))],
				},
				{
					when: (request) => request.qs?.after === 't3_1j7xk2b',
					answers: [ok(fixtureJson('reddit-page2.json'))],
				},
			]);
			const result = await searchReddit(fetch, query(), publicOptions('acme_social'));
			expect(requests.map((request) => request.url)).toEqual([
				'http://127.0.0.1:5678/search.json',
				'http://127.0.0.1:5678/search.json',
			]);
			expect(requests[0].qs).toMatchObject({ q: 'Acme', sort: 'new', raw_json: 1 });
			expect(requests[0].headers?.['User-Agent']).toBe(
				`n8n:n8n-nodes-crisis-desk:${packageVersion} (by /u/acme_social)`,
			);
			expect(result.mentions.map((mention) => mention.id)).toEqual([
				'reddit:t3_1j7xm9q',
				'reddit:t3_1j7xk2b',
				'reddit:t3_1j7wq01',
			]);
			expect(result.notices).toEqual([]);

			const subs = fakeFetch([
				{
					when: () => true,
					answers: [ok({ kind: 'Listing', data: { after: null, children: [] } })],
				},
			]);
			await searchReddit(subs.fetch, query(), {
				...options,
				settings: { reddit: { subreddits: ['AcmeSupport', 'turkey'], access: 'public' } },
			});
			expect(subs.requests[0].url).toBe('http://127.0.0.1:5678/r/AcmeSupport+turkey/search.json');
		});

		it('asks www.reddit.com when no Base URL is given', async () => {
			const { fetch, requests } = fakeFetch([
				{
					when: () => true,
					answers: [ok({ kind: 'Listing', data: { after: null, children: [] } })],
				},
			]);
			await searchReddit(fetch, query(), { ...publicOptions('acme_social'), baseUrl: undefined });
			expect(requests[0].url).toBe('https://www.reddit.com/search.json');
		});

		it('says to set a Reddit Username when none is set', async () => {
			const { fetch } = fakeFetch([
				{
					when: () => true,
					answers: [ok({ kind: 'Listing', data: { after: null, children: [] } })],
				},
			]);
			const result = await searchReddit(fetch, query(), publicOptions());
			expect(result.notices).toEqual([expect.stringMatching(/Reddit Username/)]);
		});

		it('explains a 403 (Reddit blocks some networks and unidentified clients) without retrying', async () => {
			const { fetch, requests } = fakeFetch([
				{ when: () => true, answers: [status(403, '<html><body>blocked</body></html>')] },
			]);
			const failure: SourceError = await searchReddit(
				fetch,
				query(),
				publicOptions('acme_social'),
			).catch((error) => error);
			expect(failure.status).toBe(403);
			expect(failure.hint).toMatch(/approved OAuth app/);
			expect(requests).toHaveLength(1);
		});
	});
});
