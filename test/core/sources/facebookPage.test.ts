import { searchFacebookPage } from '../../../nodes/core/sources/facebookPage';
import { readGraphApiUsage } from '../../../nodes/core/sources/graphApiUsage';
import type { HttpRequest } from '../../../nodes/core/sources/http';
import type { SearchOptions } from '../../../nodes/core/sources/SearchOptions';
import type { SourceError } from '../../../nodes/core/sources/SourceError';
import type { SourceSettings } from '../../../nodes/core/sources/SourceSettings';
import { fakeFetch, fixtureJson, NOW, ok, query, recordingSleep, status } from './fakeHttp';

const BASE = 'http://127.0.0.1:5678/v25.0';
const PAGE = '105000000000000';
const SALE_POST = '105000000000000_900000000000002';
const SINCE = new Date('2025-03-09T00:00:00Z');

const edge = (path: string) => (request: HttpRequest) => request.url === `${BASE}/${path}`;
const paths = (requests: HttpRequest[]) =>
	requests.map((request) => request.url.slice(BASE.length + 1));

function options(
	facebook: Partial<NonNullable<SourceSettings['facebook']>> = {},
	extra: Partial<SearchOptions> = {},
): SearchOptions & { waits: number[] } {
	const { sleep, waits } = recordingSleep();
	return {
		baseUrl: BASE,
		now: () => NOW,
		sleep,
		waits,
		maxRequests: 20,
		settings: { facebook: { pageId: PAGE, ...facebook } },
		...extra,
	};
}

function brandPage(taggedPages = [ok(fixtureJson('facebook-tagged.json')), ok({ data: [] })]) {
	return fakeFetch([
		{ when: edge(`${PAGE}/feed`), answers: [ok(fixtureJson('facebook-feed.json'))] },
		{ when: edge(`${SALE_POST}/comments`), answers: [ok(fixtureJson('facebook-comments.json'))] },
		{ when: edge(`${PAGE}/tagged`), answers: taggedPages },
	]);
}

describe('Facebook Page adapter', () => {
	it('reads visitor posts, the comments of posts with new activity, and posts tagging the Page; each once, newest first', async () => {
		const { fetch, requests } = brandPage();
		const result = await searchFacebookPage(
			fetch,
			query({ keywords: ['refund'], since: SINCE }),
			options(),
		);
		// The visitor post has no comments and the store post no activity since `since`: no request for either.
		expect(paths(requests)).toEqual([
			`${PAGE}/feed`,
			`${SALE_POST}/comments`,
			`${PAGE}/tagged`,
			`${PAGE}/tagged`,
		]);
		expect(requests[0].qs).toMatchObject({ limit: 5 });
		expect(String(requests[0].qs?.fields)).toMatch(
			/^id,message,created_time,updated_time,permalink_url,from,/,
		);
		expect(requests[1].qs).toMatchObject({
			filter: 'stream',
			order: 'reverse_chronological',
			limit: 50,
		});
		expect(requests[2].qs).toMatchObject({ since: Math.floor(SINCE.getTime() / 1000) });
		expect(result.mentions.map((mention) => mention.id)).toEqual([
			'facebook:900000000000002_700000000000012',
			'facebook:6120000000000009_800000000000001',
			'facebook:105000000000000_900000000000003',
			'facebook:900000000000002_700000000000011',
		]);
		const [reply, tagged, visitor, comment] = result.mentions;
		expect(reply).toEqual({
			id: 'facebook:900000000000002_700000000000012',
			source: 'facebook',
			url: 'https://www.facebook.com/105000000000000/posts/900000000000002?comment_id=700000000000012',
			text: 'Free delivery but my parcel is lost for 10 days and no refund',
			createdAt: '2025-03-10T12:02:00.000Z',
			author: { id: '6120000000000002', handle: 'Ahmet Kaya', name: 'Ahmet Kaya' },
			engagement: { likes: 21, replies: 0, shares: 0 },
			tagged: true,
			inReplyTo: 'facebook:900000000000002_700000000000011',
			query: 'refund',
		});
		expect(comment).toMatchObject({
			inReplyTo: `facebook:${SALE_POST}`,
			query: `comments:${SALE_POST}`,
			author: { handle: 'Zeynep Aksoy' },
		});
		// Meta names the author of a user's post that tags the Page only to that user.
		expect(tagged).toMatchObject({
			author: { handle: '(unknown)' },
			tagged: true,
			query: 'tagged',
			engagement: { likes: 17, replies: 2, shares: 3 },
		});
		expect(visitor).toMatchObject({
			author: { id: '6120000000000001', handle: 'Elif Demir' },
			tagged: true,
			query: 'visitor post',
			engagement: { likes: 4, replies: 0, shares: 0 },
		});
		// The Page's own answer is no mention; the comment older than `since` ended the comments.
		expect(result.mentions.some((mention) => mention.author.id === PAGE)).toBe(false);
		expect(result.skipped).toEqual([]);
	});

	it('pages comments with the after cursor and tagged posts with the time cursor of paging.next, up to Limit', async () => {
		const more = ok({
			data: [
				{
					id: '900000000000002_700000000000009',
					message: 'Still waiting for my refund',
					created_time: '2025-03-07T10:00:00+0000',
					from: { name: 'Ece', id: '6120000000000005' },
				},
				{
					id: '900000000000002_700000000000008',
					message: 'Where is my order',
					created_time: '2025-03-07T09:00:00+0000',
					from: { name: 'Onur', id: '6120000000000006' },
				},
			],
		});
		const { fetch, requests } = fakeFetch([
			{ when: edge(`${PAGE}/feed`), answers: [ok(fixtureJson('facebook-feed.json'))] },
			{
				when: (request) =>
					edge(`${SALE_POST}/comments`)(request) && request.qs?.after === undefined,
				answers: [ok(fixtureJson('facebook-comments.json'))],
			},
			{ when: edge(`${SALE_POST}/comments`), answers: [more] },
			{ when: edge('105000000000000_900000000000001/comments'), answers: [ok({ data: [] })] },
			{
				when: edge(`${PAGE}/tagged`),
				answers: [ok(fixtureJson('facebook-tagged.json')), ok({ data: [] })],
			},
		]);
		const result = await searchFacebookPage(
			fetch,
			query({ limit: 4 }),
			options({ read: ['comments', 'tagged'] }),
		);
		const comments = requests.filter(edge(`${SALE_POST}/comments`));
		expect(comments.map((request) => [request.qs?.limit, request.qs?.after])).toEqual([
			[4, undefined],
			[1, 'QVFIUmFmdGVyX2NvbW1lbnRz'],
		]);
		const tagged = requests.filter(edge(`${PAGE}/tagged`));
		expect(tagged[1].qs).toMatchObject({ until: '1741600000', __paging_token: 'enc_AdTnext' });
		expect(tagged[1].qs?.access_token).toBeUndefined();
		expect(JSON.stringify(requests)).not.toContain('EAAG-FIXTURE-TOKEN');
		expect(result.mentions).toHaveLength(4);
		expect(result.notices).toContain('found more than Limit (4): kept the newest');
	});

	it('an expired token (190) fails at once and says to put a new token in the credential', async () => {
		const { fetch, requests } = fakeFetch([
			{ when: () => true, answers: [status(400, fixtureJson('graph-error-expired-token.json'))] },
		]);
		const failure: SourceError = await searchFacebookPage(fetch, query(), options()).catch(
			(error) => error,
		);
		expect(requests).toHaveLength(1);
		expect(failure.message).toMatch(/^Facebook Page answered 400: Error validating access token/);
		expect(failure.hint).toMatch(
			/^access token refused \(the token expired\): put a new token into the Crisis Desk Meta Graph API credential/,
		);
	});

	it('a missing permission names pages_read_user_content and asks for a Page access token', async () => {
		const { fetch } = fakeFetch([
			{
				when: edge(`${PAGE}/tagged`),
				answers: [status(403, fixtureJson('graph-error-page-permission.json'))],
			},
		]);
		const failure: SourceError = await searchFacebookPage(
			fetch,
			query(),
			options({ read: ['tagged'] }),
		).catch((error) => error);
		expect(failure.message).toContain(
			'(#200) Requires pages_read_user_content permission to manage the object',
		);
		expect(failure.hint).toBe(
			"permission missing: this needs pages_read_user_content, pages_show_list; grant them to the app (App Review for accounts you do not manage) and create a new token for the Crisis Desk Meta Graph API credential; use a Page access token (GET /me/accounts gives one for each Page you manage) (Meta's fbtrace_id: Hx4Yp0QwE2s)",
		);
	});

	it('an object that does not exist (100/33) or a refused parameter (100) points at the Page ID setting', async () => {
		const refuse = (error: object) =>
			fakeFetch([
				{
					when: () => true,
					answers: [
						status(400, { error: { type: 'GraphMethodException', fbtrace_id: 'Zz9', ...error } }),
					],
				},
			]);
		const missing = refuse({
			message:
				"Unsupported get request. Object with ID '105000000000000' does not exist, cannot be loaded due to missing permissions, or does not support this operation.",
			code: 100,
			error_subcode: 33,
		});
		const notFound: SourceError = await searchFacebookPage(missing.fetch, query(), options()).catch(
			(error) => error,
		);
		expect(notFound.hint).toBe(
			"the object does not exist or this token cannot see it: check the Page ID setting and that the token belongs to an account with a role on it (Meta's fbtrace_id: Zz9)",
		);
		const invalid = refuse({
			message: '(#100) Tried accessing nonexisting field (visitor_posts) on node type (Page)',
			code: 100,
		});
		const refused: SourceError = await searchFacebookPage(invalid.fetch, query(), options()).catch(
			(error) => error,
		);
		expect(refused.hint).toBe(
			"Meta refused the request's parameters: check the Page ID setting; if it persists, Meta may have changed this edge in Graph API v25.0 (Meta's fbtrace_id: Zz9)",
		);
		expect(invalid.requests).toHaveLength(1);
	});

	it('a Page rate limit (32) is not retried and says when to come back', async () => {
		const { fetch, requests } = fakeFetch([
			{
				when: () => true,
				answers: [
					status(
						400,
						{
							error: {
								message: '(#32) Page request limit reached',
								type: 'OAuthException',
								code: 32,
								fbtrace_id: 'Qa1',
							},
						},
						{
							'X-Business-Use-Case-Usage': JSON.stringify({
								[PAGE]: [
									{
										type: 'pages',
										call_count: 100,
										total_cputime: 30,
										total_time: 41,
										estimated_time_to_regain_access: 1,
									},
								],
							}),
						},
					),
				],
			},
		]);
		const failure: SourceError = await searchFacebookPage(fetch, query(), options()).catch(
			(error) => error,
		);
		expect(requests).toHaveLength(1);
		expect(failure.hint).toMatch(
			/^rate limited by Meta \(code 32\); X-Business-Use-Case-Usage says access returns in about 1 minute: /,
		);
	});

	it('stops before Meta throttles the Page when X-Business-Use-Case-Usage nears 100%', async () => {
		const usage = {
			'x-business-use-case-usage': JSON.stringify({
				[PAGE]: [
					{
						type: 'pages',
						call_count: 96,
						total_cputime: 20,
						total_time: 25,
						estimated_time_to_regain_access: 0,
					},
				],
			}),
		};
		const { fetch, requests } = fakeFetch([
			{ when: edge(`${PAGE}/feed`), answers: [ok(fixtureJson('facebook-feed.json'), usage)] },
		]);
		const result = await searchFacebookPage(fetch, query({ since: SINCE }), options());
		expect(requests).toHaveLength(1);
		expect(result.mentions.map((mention) => mention.id)).toEqual([
			'facebook:105000000000000_900000000000003',
		]);
		expect(result.notices).toContain(
			"Meta's rate-limit usage is at 96% (X-Business-Use-Case-Usage): stopped reading before Meta throttles the credential; poll less often or lower Recent Posts",
		);
	});

	it('names the setting when the Page id is missing or is the Page name', async () => {
		const { fetch, requests } = fakeFetch([]);
		await expect(searchFacebookPage(fetch, query(), options({ pageId: '' }))).rejects.toThrow(
			/^facebookPageId: give the Page's numeric ID/,
		);
		await expect(
			searchFacebookPage(fetch, query(), options({ pageId: 'acme.store' })),
		).rejects.toThrow(/^facebookPageId: "acme.store" is not a Page ID/);
		await expect(searchFacebookPage(fetch, query(), options({ read: [] }))).rejects.toThrow(
			/^facebookRead:/,
		);
		expect(requests).toHaveLength(0);
	});
});

describe('Graph API usage headers', () => {
	it('takes the highest of call count, CPU time and total time across both headers and every business object', () => {
		expect(
			readGraphApiUsage({
				'X-App-Usage': '{"call_count":28,"total_time":25,"total_cputime":25}',
				'x-business-use-case-usage': JSON.stringify({
					'1': [
						{
							type: 'pages',
							call_count: 10,
							total_cputime: 71,
							total_time: 40,
							estimated_time_to_regain_access: 0,
						},
					],
					'2': [
						{
							type: 'instagram',
							call_count: 5,
							total_cputime: 5,
							total_time: 5,
							estimated_time_to_regain_access: 0,
						},
					],
				}),
			}),
		).toEqual({ percent: 71, header: 'X-Business-Use-Case-Usage', regainMinutes: 0 });
		expect(
			readGraphApiUsage({ 'x-app-usage': '{"call_count":28,"total_time":25,"total_cputime":25}' }),
		).toEqual({ percent: 28, header: 'X-App-Usage', regainMinutes: 0 });
	});

	it('ignores a header that is not JSON, not an object, or too long', () => {
		expect(readGraphApiUsage({})).toBeUndefined();
		expect(readGraphApiUsage({ 'x-app-usage': 'call_count=99' })).toBeUndefined();
		expect(readGraphApiUsage({ 'x-app-usage': '[99]' })).toBeUndefined();
		expect(
			readGraphApiUsage({ 'x-app-usage': `{"call_count":99,"pad":"${'x'.repeat(20_000)}"}` }),
		).toBeUndefined();
		expect(
			readGraphApiUsage({
				'x-business-use-case-usage': '{"1":"not a list","2":[null,{"call_count":"88"}]}',
			}),
		).toEqual({
			percent: 88,
			header: 'X-Business-Use-Case-Usage',
			regainMinutes: 0,
		});
	});
});
