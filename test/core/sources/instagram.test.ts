import type { HttpRequest } from '../../../nodes/core/sources/http';
import { searchInstagram } from '../../../nodes/core/sources/instagram';
import type { SearchOptions } from '../../../nodes/core/sources/SearchOptions';
import type { SourceError } from '../../../nodes/core/sources/SourceError';
import type { SourceSettings } from '../../../nodes/core/sources/SourceSettings';
import { fakeFetch, fixtureJson, NOW, ok, query, recordingSleep, status } from './fakeHttp';

const BASE = 'http://127.0.0.1:5678/v25.0';
const ACCOUNT = '17841400000000000';
const MEDIA = '17895695668004550';
const COMMENT = '17870913679156914';

const edge = (path: string) => (request: HttpRequest) => request.url === `${BASE}/${path}`;
const paths = (requests: HttpRequest[]) =>
	requests.map((request) => request.url.slice(BASE.length + 1));

function options(
	instagram: Partial<NonNullable<SourceSettings['instagram']>> = {},
	extra: Partial<SearchOptions> = {},
): SearchOptions & { waits: number[] } {
	const { sleep, waits } = recordingSleep();
	return {
		baseUrl: BASE,
		now: () => NOW,
		sleep,
		waits,
		maxRequests: 20,
		settings: { instagram: { accountId: ACCOUNT, ...instagram } },
		...extra,
	};
}

/** The brand's media, one post's comments, the rest of a reply thread, and the tags edge. */
function brandAccount() {
	return fakeFetch([
		{ when: edge(`${ACCOUNT}/media`), answers: [ok(fixtureJson('instagram-media.json'))] },
		{ when: edge(`${MEDIA}/comments`), answers: [ok(fixtureJson('instagram-comments.json'))] },
		{ when: edge(`${COMMENT}/replies`), answers: [ok(fixtureJson('instagram-replies.json'))] },
		{ when: edge(`${ACCOUNT}/tags`), answers: [ok(fixtureJson('instagram-tags.json'))] },
	]);
}

describe('Instagram adapter', () => {
	it('reads every comment and reply under the latest posts (whatever the keywords) and the posts tagging the brand', async () => {
		const { fetch, requests } = brandAccount();
		const result = await searchInstagram(
			fetch,
			query({
				keywords: ['refund'],
				handles: ['@acme'],
				brandHandles: ['@acme'],
				since: new Date('2025-03-09T00:00:00Z'),
			}),
			options(),
		);
		// The post without comments costs no request; the long reply thread is read on its own edge.
		expect(paths(requests)).toEqual([
			`${ACCOUNT}/media`,
			`${MEDIA}/comments`,
			`${COMMENT}/replies`,
			`${ACCOUNT}/tags`,
		]);
		expect(requests[0].qs).toMatchObject({
			fields: 'id,caption,permalink,timestamp,username,comments_count,like_count',
			limit: 5,
		});
		expect(requests[1].qs).toMatchObject({ limit: 50 });
		expect(String(requests[1].qs?.fields)).toMatch(
			/^id,text,timestamp,username,like_count,from\{id,username\},parent_id,replies\{id,text,/,
		);
		expect(result.mentions.map((mention) => mention.id)).toEqual([
			'instagram:17870913679157002',
			'instagram:17870913679157001',
			'instagram:17870913679156914',
			'instagram:17873440459141021',
			'instagram:17912345678901234',
		]);
		const [reply, , comment] = result.mentions;
		expect(comment).toEqual({
			id: 'instagram:17870913679156914',
			source: 'instagram',
			url: 'https://www.instagram.com/p/C4xAcmeSpr1/',
			text: '@acme my order #4411 never arrived and nobody answers my DMs',
			createdAt: '2025-03-10T11:58:00.000Z',
			author: {
				id: '17841401111111111',
				handle: 'ayse.k',
				url: 'https://www.instagram.com/ayse.k/',
			},
			engagement: { likes: 14, replies: 2, shares: 0 },
			tagged: true,
			inReplyTo: `instagram:${MEDIA}`,
			query: '@acme',
		});
		expect(reply).toMatchObject({
			inReplyTo: `instagram:${COMMENT}`,
			tagged: true,
			query: 'refund',
			author: { handle: 'deniz.alisveris' },
		});
		expect(result.mentions[3].query).toBe(`comments:${MEDIA}`);
		expect(result.mentions[4]).toMatchObject({
			url: 'https://www.instagram.com/p/C4yTagBlnd1/',
			author: { handle: 'kitchen.kate' },
			tagged: true,
			engagement: { likes: 230, replies: 7, shares: 0 },
		});
		// The brand's own reply is its answer, not a mention; the comment without text is skipped with a reason.
		expect(result.mentions.some((mention) => mention.author.handle === 'acme')).toBe(false);
		expect(result.skipped).toEqual([{ index: 3, reason: 'comment 17873440459141022: no text' }]);
		// The tag older than since ended the tags edge without its next page.
		expect(result.mentions.some((mention) => mention.id === 'instagram:17912345678900001')).toBe(
			false,
		);
		expect(result.requests).toBe(4);
	});

	it('pages comments with the after cursor (Meta sends no next link for comments) up to Limit', async () => {
		const page = (ids: string[], after?: string) =>
			ok({
				// The brand's own answer (by the post's owner) fills a place on the page but is no mention.
				data: ids.map((id, index) => ({
					id,
					text: `Where is my order ${id}?`,
					timestamp: `2025-03-10T1${index}:00:00+0000`,
					username: id === '100' ? 'acme' : `buyer${id}`,
				})),
				paging: { cursors: { before: 'QkVGT1JF', ...(after ? { after } : {}) } },
			});
		const { fetch, requests } = fakeFetch([
			{ when: edge(`${ACCOUNT}/media`), answers: [ok(fixtureJson('instagram-media.json'))] },
			{
				when: (request) => edge(`${MEDIA}/comments`)(request) && request.qs?.after === undefined,
				answers: [page(['100', '101', '102', '103'], 'QUZURVIx')],
			},
			{ when: edge(`${MEDIA}/comments`), answers: [page(['104', '105'], 'QUZURVIy')] },
		]);
		const result = await searchInstagram(
			fetch,
			query({ limit: 4 }),
			options({ read: ['comments'] }),
		);
		const comments = requests.filter(edge(`${MEDIA}/comments`));
		expect(comments.map((request) => [request.qs?.limit, request.qs?.after])).toEqual([
			[4, undefined],
			[1, 'QUZURVIx'],
		]);
		expect(result.mentions).toHaveLength(4);
		expect(result.notices).toContain('found more than Limit (4): kept the newest');
	});

	it('a short page without a next link ends the comments; a page that repeats itself ends the edge', async () => {
		const { fetch, requests } = fakeFetch([
			{
				when: edge(`${ACCOUNT}/media`),
				answers: [
					ok({
						data: [
							{
								id: MEDIA,
								permalink: 'https://www.instagram.com/p/C4xAcmeSpr1/',
								username: 'acme',
								comments_count: 2,
							},
						],
					}),
				],
			},
			{
				when: edge(`${MEDIA}/comments`),
				answers: [
					ok({
						data: [
							{ id: '1', text: 'late again', timestamp: '2025-03-10T10:00:00+0000', username: 'a' },
						],
						paging: { cursors: { after: 'QQ' } },
					}),
				],
			},
			{
				when: edge('ig_hashtag_search'),
				answers: [ok(fixtureJson('instagram-hashtag-search.json'))],
			},
			// Meta documents that recent_media's after cursor stays the same for every page.
			{
				when: edge('17843853986012965/recent_media'),
				answers: [ok(fixtureJson('instagram-hashtag-recent.json'))],
			},
		]);
		const result = await searchInstagram(
			fetch,
			query({ keywords: ['#acmefail'], brandHandles: ['acme'] }),
			options({ read: ['comments', 'hashtags'] }),
		);
		expect(paths(requests)).toEqual([
			`${ACCOUNT}/media`,
			`${MEDIA}/comments`,
			'ig_hashtag_search',
			'17843853986012965/recent_media',
			'17843853986012965/recent_media',
		]);
		expect(requests[3].qs).toMatchObject({
			user_id: ACCOUNT,
			fields: 'id,caption,permalink,timestamp,media_type,comments_count,like_count',
		});
		expect(requests[4].qs?.after).toBe('QVFIUmhhc2h0YWdfYWZ0ZXI');
		expect(result.mentions.map((mention) => mention.id)).toEqual([
			'instagram:17880997618081620',
			'instagram:1',
			'instagram:17880997618081621',
		]);
	});

	it('searches one-word keywords as hashtags: no author is disclosed, tagged only when the post @mentions the brand', async () => {
		const { fetch, requests } = fakeFetch([
			{
				when: edge('ig_hashtag_search'),
				answers: [ok(fixtureJson('instagram-hashtag-search.json'))],
			},
			{
				when: edge('17843853986012965/recent_media'),
				answers: [ok(fixtureJson('instagram-hashtag-recent.json')), ok({ data: [] })],
			},
		]);
		const result = await searchInstagram(
			fetch,
			query({ keywords: ['acmefail', 'acme air'], brandHandles: ['@acme'] }),
			options({ read: ['hashtags'] }),
		);
		expect(requests[0].qs).toEqual({ user_id: ACCOUNT, q: 'acmefail' });
		const [mentioned, plain] = result.mentions;
		expect(mentioned).toMatchObject({
			author: { handle: '(unknown)' },
			tagged: true,
			query: 'acmefail',
			url: 'https://www.instagram.com/p/C4zHashFl1/',
		});
		expect(plain).toMatchObject({ tagged: false });
		expect(result.notices).toContain(
			'"acme air" cannot be an Instagram hashtag (one word of letters, digits and _): not searched',
		);
		expect(result.notices).toContain(
			'hashtag search counts each new hashtag against 30 unique hashtags per account in 7 days',
		);
	});

	it('follows paging cursors itself: never requests the paging.next address, which carries the token', async () => {
		const { fetch, requests } = fakeFetch([
			{
				when: (request) => edge(`${ACCOUNT}/tags`)(request) && request.qs?.after === undefined,
				answers: [
					ok({
						...(fixtureJson('instagram-tags.json') as object),
						data: [(fixtureJson('instagram-tags.json') as { data: unknown[] }).data[0]],
					}),
				],
			},
			{ when: edge(`${ACCOUNT}/tags`), answers: [ok({ data: [] })] },
		]);
		await searchInstagram(fetch, query(), options({ read: ['tags'] }));
		expect(requests.map((request) => request.url)).toEqual([
			`${BASE}/${ACCOUNT}/tags`,
			`${BASE}/${ACCOUNT}/tags`,
		]);
		expect(requests[1].qs).toMatchObject({ after: 'QVFIUnRhZ3NfYWZ0ZXI' });
		expect(JSON.stringify(requests)).not.toContain('EAAG-FIXTURE-TOKEN');
	});

	it('an expired token (190) fails at once and says to put a new token in the credential', async () => {
		const { fetch, requests } = fakeFetch([
			{ when: () => true, answers: [status(400, fixtureJson('graph-error-expired-token.json'))] },
		]);
		const failure: SourceError = await searchInstagram(fetch, query(), options()).catch(
			(error) => error,
		);
		expect(requests).toHaveLength(1);
		expect(failure.status).toBe(400);
		expect(failure.message).toMatch(
			/^Instagram answered 400: Error validating access token: Session has expired/,
		);
		expect(failure.hint).toBe(
			"access token refused (the token expired): put a new token into the Crisis Desk Meta Graph API credential; a Page token taken from a long-lived user token, or a system user token, does not expire (Meta's fbtrace_id: AbCdEfGh123)",
		);
	});

	it('a missing permission names what the edge needs (instagram_manage_comments for comments)', async () => {
		const { fetch } = fakeFetch([
			{ when: edge(`${ACCOUNT}/media`), answers: [ok(fixtureJson('instagram-media.json'))] },
			{
				when: edge(`${MEDIA}/comments`),
				answers: [status(403, fixtureJson('graph-error-permission.json'))],
			},
		]);
		const failure: SourceError = await searchInstagram(fetch, query(), options()).catch(
			(error) => error,
		);
		expect(failure.message).toContain('(#10) Application does not have permission for this action');
		expect(failure.hint).toMatch(
			/^permission missing: this needs instagram_basic, instagram_manage_comments, pages_read_engagement, pages_show_list; /,
		);
	});

	it('hashtags need the Instagram Public Content Access feature, and the hint says so', async () => {
		const { fetch } = fakeFetch([
			{
				when: () => true,
				answers: [
					status(400, {
						error: {
							message:
								'(#10) To use Instagram Public Content Access, your use of this endpoint must be reviewed',
							type: 'OAuthException',
							code: 10,
						},
					}),
				],
			},
		]);
		const failure: SourceError = await searchInstagram(
			fetch,
			query({ keywords: ['acmefail'] }),
			options({ read: ['hashtags'] }),
		).catch((error) => error);
		expect(failure.hint).toMatch(
			/needs instagram_basic, the Instagram Public Content Access feature/,
		);
	});

	it('a rate limit (80002) before anything was read fails with when access returns; after, it ends the search with a notice', async () => {
		const limited = status(400, fixtureJson('graph-error-rate-limit.json'), {
			'x-business-use-case-usage': JSON.stringify({
				[ACCOUNT]: [
					{
						type: 'instagram',
						call_count: 100,
						total_cputime: 12,
						total_time: 20,
						estimated_time_to_regain_access: 19,
					},
				],
			}),
		});
		const first = fakeFetch([{ when: () => true, answers: [limited] }]);
		const failure: SourceError = await searchInstagram(first.fetch, query(), options()).catch(
			(error) => error,
		);
		expect(first.requests).toHaveLength(1);
		expect(failure.hint).toBe(
			"rate limited by Meta (code 80002); X-Business-Use-Case-Usage says access returns in about 19 minutes: poll less often, lower Recent Posts or Max Requests, and run again later (Meta's fbtrace_id: Bq8RtLmN0pZ)",
		);

		const later = fakeFetch([
			{ when: edge(`${ACCOUNT}/media`), answers: [ok(fixtureJson('instagram-media.json'))] },
			{ when: edge(`${MEDIA}/comments`), answers: [ok(fixtureJson('instagram-comments.json'))] },
			{ when: () => true, answers: [limited] },
		]);
		const result = await searchInstagram(later.fetch, query(), options());
		expect(result.mentions.map((mention) => mention.id)).toEqual([
			'instagram:17870913679157001',
			'instagram:17870913679156914',
			'instagram:17873440459141021',
		]);
		expect(result.notices).toContain(
			"stopped early, keeping what was read: rate limited by Meta (code 80002); X-Business-Use-Case-Usage says access returns in about 19 minutes: poll less often, lower Recent Posts or Max Requests, and run again later (Meta's fbtrace_id: Bq8RtLmN0pZ)",
		);
		expect(paths(later.requests)).toEqual([
			`${ACCOUNT}/media`,
			`${MEDIA}/comments`,
			`${COMMENT}/replies`,
		]);
	});

	it('spaces requests out as X-App-Usage rises and stops before Meta throttles, with a notice', async () => {
		const usage = (callCount: number) => ({
			'x-app-usage': JSON.stringify({ call_count: callCount, total_cputime: 10, total_time: 12 }),
		});
		const { fetch, requests } = fakeFetch([
			{
				when: edge(`${ACCOUNT}/media`),
				answers: [ok(fixtureJson('instagram-media.json'), usage(80))],
			},
			{
				when: edge(`${MEDIA}/comments`),
				answers: [ok(fixtureJson('instagram-comments.json'), usage(92))],
			},
			{ when: () => true, answers: [ok({ data: [] })] },
		]);
		const settings = options();
		const result = await searchInstagram(fetch, query(), settings);
		// At 80% the next request waited 6 s; at 92% no further request was made.
		expect(settings.waits).toEqual([6_000]);
		expect(paths(requests)).toEqual([`${ACCOUNT}/media`, `${MEDIA}/comments`]);
		expect(result.mentions).toHaveLength(3);
		expect(result.notices).toEqual(
			expect.arrayContaining([
				"Meta's rate-limit usage reached 80% (X-App-Usage): requests were spaced out to stay under the limit",
				"Meta's rate-limit usage is at 92% (X-App-Usage): stopped reading before Meta throttles the credential; poll less often or lower Recent Posts",
			]),
		);
	});

	it('honours estimated_time_to_regain_access in X-Business-Use-Case-Usage even below 90%', async () => {
		const { fetch, requests } = fakeFetch([
			{
				when: edge(`${ACCOUNT}/media`),
				answers: [
					ok(fixtureJson('instagram-media.json'), {
						'X-Business-Use-Case-Usage': JSON.stringify({
							[ACCOUNT]: [
								{
									type: 'instagram',
									call_count: 40,
									total_cputime: 5,
									total_time: 5,
									estimated_time_to_regain_access: 3,
								},
							],
						}),
					}),
				],
			},
		]);
		const result = await searchInstagram(fetch, query(), options());
		expect(requests).toHaveLength(1);
		expect(result.notices[0]).toBe(
			"Meta's rate-limit usage is at 40% (X-Business-Use-Case-Usage); access returns in about 3 minutes: stopped reading before Meta throttles the credential; poll less often or lower Recent Posts",
		);
	});

	it('stops at Max Requests with the notice of the cap', async () => {
		const { fetch, requests } = brandAccount();
		const result = await searchInstagram(fetch, query(), options({}, { maxRequests: 2 }));
		expect(requests).toHaveLength(2);
		expect(result.notices).toContain(
			'stopped after 2 requests (the request cap); raise "Max Requests" for more',
		);
	});

	it('says so when nothing new was found instead of returning empty silently', async () => {
		const { fetch } = fakeFetch([{ when: () => true, answers: [ok({ data: [] })] }]);
		const result = await searchInstagram(fetch, query(), options());
		expect(result.mentions).toEqual([]);
		expect(result.notices).toContain(
			'no new comments, tags in what was read (comments on the latest 5 posts, posts tagging the account)',
		);
	});

	it('names the setting when the account id is missing or is a username', async () => {
		const { fetch, requests } = fakeFetch([]);
		await expect(searchInstagram(fetch, query(), options({ accountId: '' }))).rejects.toThrow(
			/^instagramAccountId: give the Instagram professional account ID/,
		);
		await expect(searchInstagram(fetch, query(), options({ accountId: '@acme' }))).rejects.toThrow(
			/^instagramAccountId: "@acme" is not an Instagram account ID/,
		);
		await expect(searchInstagram(fetch, query(), options({ recentPosts: 500 }))).rejects.toThrow(
			/^recentPosts:/,
		);
		expect(requests).toHaveLength(0);
	});
});
