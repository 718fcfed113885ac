import fs from 'node:fs';
import path from 'node:path';
import type { ICredentialDataDecryptedObject, INode } from 'n8n-workflow';

import { node, runPoll, runWorkflow, type WorkflowResult } from './harness/engine';
import { LoopbackServer } from './harness/loopbackServer';
import { redditCredential } from './harness/redditCredential';

const SECRET = 'SENTINEL-SECRET-123';

const fixture = (name: string) =>
	JSON.parse(fs.readFileSync(path.join(__dirname, '../core/sources/fixtures', name), 'utf8')) as unknown;

/** Everything a user or a log could see of a run: items, errors (message, description, stack) and run data. */
function visibleText(result: WorkflowResult, nodeName = 'Mention Fetch'): string {
	const error = result.error(nodeName) as (Error & { description?: string | null }) | undefined;
	return [
		JSON.stringify(result.run.data),
		error?.message ?? '',
		error?.description ?? '',
		error?.stack ?? '',
	].join('\n');
}

function expectNoSecret(result: WorkflowResult, ...secrets: string[]): void {
	const text = visibleText(result);
	for (const secret of [SECRET, ...secrets]) expect(text).not.toContain(secret);
}

/** A Mention Fetch node wired to one credential, with the fixtures' 2025 dates inside the window. */
function fetchNode(
	source: string,
	credentialType: string,
	parameters: Record<string, unknown> = {},
	extra: Partial<INode> = {},
): INode {
	return node(
		'Mention Fetch',
		'mentionFetch',
		{ source, keywords: 'acme', sinceHours: 0, limit: 50, options: { deduplicate: false }, ...parameters },
		{ credentials: { [credentialType]: { id: `${credentialType}-1`, name: `${credentialType} (test)` } }, ...extra },
	);
}

describe('Mention Fetch with credentials, in n8n-core WorkflowExecute against loopback APIs', () => {
	let api: LoopbackServer;

	beforeAll(async () => {
		api = await LoopbackServer.start();
	});
	afterAll(async () => await api.stop());
	beforeEach(() => api.reset());

	describe('X (bearer token)', () => {
		const credentials = (): Record<string, ICredentialDataDecryptedObject> => ({
			xApi: { bearerToken: SECRET, baseUrl: api.url },
		});
		const searches = () => api.requests.filter((request) => request.path === '/2/tweets/search/recent');

		beforeEach(() => {
			api.route((request) =>
				request.path === '/2/tweets/search/recent'
					? { body: fixture(request.query.get('next_token') === 'b26v89c19zqg8o3fr5pv8v' ? 'x-page2.json' : 'x-page1.json') }
					: undefined,
			);
		});

		it('sends the bearer token from the credential and follows next_token', async () => {
			const result = await runWorkflow({ nodes: [fetchNode('x', 'xApi')], credentials: credentials() });
			const ids = result.output('Mention Fetch').map((item) => item.json.id);
			expect(ids).toEqual(['x:1899061524125663745', 'x:1899058811000000001', 'x:1899050000000000000']);
			expect(searches().map((request) => request.headers.authorization)).toEqual([`Bearer ${SECRET}`, `Bearer ${SECRET}`]);
			expect(searches().map((request) => request.query.get('next_token'))).toEqual([null, 'b26v89c19zqg8o3fr5pv8v']);
			expect(searches()[0].query.get('expansions')).toBe('author_id');
			expect(searches()[0].query.get('user.fields')).toContain('public_metrics');
			const [first] = result.output('Mention Fetch');
			expect(first.json).toMatchObject({ author: { handle: 'jreeves_tech', followers: 182000 }, tagged: false });
			expectNoSecret(result);
		});

		it('stops at Max Posts Read (X bills every post read) and shows the reads above the output', async () => {
			const result = await runWorkflow({
				nodes: [fetchNode('x', 'xApi', { options: { deduplicate: false, maxPostsRead: 10 } })],
				credentials: credentials(),
			});
			// The first page asks for 10 and brings 3; a second page (at least 10) would pass the budget.
			expect(searches().map((request) => request.query.get('max_results'))).toEqual(['10']);
			expect(searches()[0].query.get('tweet.fields')?.split(',')).toContain('note_tweet');
			expect(result.output('Mention Fetch')).toHaveLength(2);
			const hints = result.run.data.resultData.runData['Mention Fetch'][0].hints?.map((hint) => hint.message);
			expect(hints).toEqual([
				expect.stringMatching(/^stopped after reading 3 posts: .* Max Posts Read \(10\)/),
				'X: 3 posts and 2 user profiles read this run (Max Posts Read: 10); X bills each read',
			]);
		});

		it('Max Requests no longer caps X: the posts-read budget does', async () => {
			await runWorkflow({
				nodes: [fetchNode('x', 'xApi', { options: { deduplicate: false, maxRequests: 1 } })],
				credentials: credentials(),
			});
			expect(searches().map((request) => request.query.get('next_token'))).toEqual([null, 'b26v89c19zqg8o3fr5pv8v']);
		});

		it('Mention Trigger sends since_id from the previous poll instead of paying for the same posts again', async () => {
			const trigger = node(
				'Mention Trigger',
				'mentionTrigger',
				{ source: 'x', keywords: 'acme' },
				{ credentials: { xApi: { id: 'xApi-1', name: 'X (test)' } } },
			);
			const first = await runPoll({ nodes: [trigger], credentials: credentials() });
			expect(searches()[0].query.get('since_id')).toBeNull();
			api.reset();
			api.route((request) => (request.path === '/2/tweets/search/recent' ? { body: fixture('x-empty.json') } : undefined));
			await runPoll({ nodes: [trigger], credentials: credentials(), staticData: first.staticData });
			expect(searches()[0].query.get('since_id')).toBe('1899061524125663745');
			expect(searches()[0].query.get('start_time')).toBeNull();
			expect(searches()[0].headers.authorization).toBe(`Bearer ${SECRET}`);
		});

		it('turns a 401 into a NodeApiError that says to reconnect, without the token', async () => {
			api.route(() => ({ status: 401, body: fixture('x-401.json') }));
			const result = await runWorkflow({ nodes: [fetchNode('x', 'xApi')], credentials: credentials() });
			const error = result.error('Mention Fetch') as Error & { description?: string; httpCode?: string };
			expect(error.name).toBe('NodeApiError');
			expect(error.httpCode).toBe('401');
			expect(error.message).toMatch(/^x: X answered 401/);
			expect(error.description).toMatch(/reconnect the X API credential/);
			expectNoSecret(result);
		});

		it('redacts the token when a gateway echoes the request header in its error', async () => {
			api.route(() => ({
				status: 401,
				body: { detail: `rejected header Authorization: Bearer ${SECRET}` },
			}));
			const result = await runWorkflow({ nodes: [fetchNode('x', 'xApi')], credentials: credentials() });
			expect(result.error('Mention Fetch')?.message).toContain('Bearer [redacted]');
			expectNoSecret(result);
		});
	});

	describe('Reddit (app-only OAuth2, client credentials)', () => {
		const credentials = (extra: ICredentialDataDecryptedObject = {}) => redditCredential(api.url, SECRET, extra);
		const tokenRequests = () => api.requests.filter((request) => request.path === '/api/v1/access_token');
		const searches = () => api.requests.filter((request) => request.path === '/search');
		let issued: string[];

		beforeEach(() => {
			issued = [];
			api.route((request) => {
				if (request.path !== '/api/v1/access_token') return undefined;
				const token = `reddit-app-token-${issued.length + 1}`;
				issued.push(token);
				return { body: { access_token: token, token_type: 'bearer', expires_in: 86400, scope: 'read' } };
			});
			api.route((request) =>
				/^(\/r\/[^/]+)?\/search$/.test(request.path)
					? { body: fixture(request.query.get('after') === 't3_1j7xk2b' ? 'reddit-page2.json' : 'reddit-page1.json') }
					: undefined,
			);
		});

		it('gets a token from the token URL with n8n\'s client-credentials flow, then searches with it and follows after', async () => {
			const result = await runWorkflow({ nodes: [fetchNode('reddit', 'crisisDeskRedditOAuth2Api')], credentials: credentials() });
			const ids = result.output('Mention Fetch').map((item) => item.json.id);
			expect(ids).toEqual(['reddit:t3_1j7xm9q', 'reddit:t3_1j7xk2b', 'reddit:t3_1j7wq01']);

			const [tokenRequest] = tokenRequests();
			expect(tokenRequests()).toHaveLength(1);
			expect(tokenRequest.method).toBe('POST');
			expect(new URLSearchParams(tokenRequest.body).get('grant_type')).toBe('client_credentials');
			expect(tokenRequest.headers.authorization).toBe(
				`Basic ${Buffer.from(`crisis-desk-app:${SECRET}`).toString('base64')}`,
			);

			expect(searches().map((request) => request.headers.authorization?.toLowerCase())).toEqual([
				'bearer reddit-app-token-1',
				'bearer reddit-app-token-1',
			]);
			expect(searches().map((request) => request.query.get('after'))).toEqual([null, 't3_1j7xk2b']);
			expect(searches()[0].query.get('sort')).toBe('new');
			expect(searches()[0].headers['user-agent']).toMatch(/n8n-nodes-crisis-desk/);
			// n8n keeps the token with the credential, as it would in its database.
			expect(result.credentials.updates).toEqual([
				expect.objectContaining({
					type: 'crisisDeskRedditOAuth2Api',
					data: expect.objectContaining({ oauthTokenData: expect.objectContaining({ access_token: 'reddit-app-token-1' }) }),
				}),
			]);
			expectNoSecret(result, ...issued);
		});

		it('reuses a stored token and searches the chosen subreddits', async () => {
			const result = await runWorkflow({
				nodes: [fetchNode('reddit', 'crisisDeskRedditOAuth2Api', { subreddits: 'AcmeSupport, r/turkey' })],
				credentials: credentials({ oauthTokenData: { access_token: 'stored-token', token_type: 'bearer' } }),
			});
			expect(result.output('Mention Fetch').length).toBeGreaterThan(0);
			expect(tokenRequests()).toHaveLength(0);
			const subredditSearches = api.requests.filter((request) => request.path === '/r/AcmeSupport+turkey/search');
			expect(subredditSearches[0].headers.authorization?.toLowerCase()).toBe('bearer stored-token');
			expect(subredditSearches[0].query.get('restrict_sr')).toBe('true');
		});

		it('when the stored token has expired (401), has n8n fetch a new one and resends once', async () => {
			api.route((request) =>
				request.path === '/search' && request.headers.authorization?.toLowerCase() === 'bearer expired-token'
					? { status: 401, body: { message: 'Unauthorized', error: 401 } }
					: undefined,
			);
			const result = await runWorkflow({
				nodes: [fetchNode('reddit', 'crisisDeskRedditOAuth2Api')],
				credentials: credentials({ oauthTokenData: { access_token: 'expired-token', token_type: 'bearer' } }),
			});
			expect(result.output('Mention Fetch')).toHaveLength(3);
			expect(tokenRequests()).toHaveLength(1);
			expect(searches().map((request) => request.headers.authorization?.toLowerCase())).toEqual([
				'bearer expired-token',
				'bearer reddit-app-token-1',
				'bearer reddit-app-token-1',
			]);
			expect(result.credentials.updates.at(-1)?.data.oauthTokenData).toMatchObject({ access_token: 'reddit-app-token-1' });
			expectNoSecret(result, ...issued);
		});

		it('a 401 that a new token does not cure is a clear error, without the client secret', async () => {
			api.route((request) => (request.path === '/search' ? { status: 401, body: { message: 'Unauthorized', error: 401 } } : undefined));
			const result = await runWorkflow({ nodes: [fetchNode('reddit', 'crisisDeskRedditOAuth2Api')], credentials: credentials() });
			const error = result.error('Mention Fetch') as Error & { description?: string; httpCode?: string };
			expect(error.name).toBe('NodeApiError');
			expect(error.httpCode).toBe('401');
			expect(error.message).toMatch(/^reddit: Reddit answered 401/);
			expect(error.description).toMatch(/Reddit/);
			// One token to start, one renewal after the 401, then the 401 is the answer.
			expect(tokenRequests()).toHaveLength(2);
			expect(searches()).toHaveLength(2);
			expectNoSecret(result, ...issued);
		});

		it('a token URL that refuses the client secret fails the node clearly', async () => {
			api.route((request) =>
				request.path === '/api/v1/access_token' ? { status: 401, body: { message: 'Unauthorized', error: 401 } } : undefined,
			);
			const result = await runWorkflow({ nodes: [fetchNode('reddit', 'crisisDeskRedditOAuth2Api')], credentials: credentials() });
			const error = result.error('Mention Fetch') as Error & { description?: string };
			// n8n 1.x keeps only the OAuth client's message (Reddit's `error` field, the status), 2.x the body too.
			expect(error.message).toMatch(/^reddit: Reddit refused to sign in \(401\)(: Unauthorized)?$/);
			expect(error.description).toMatch(/Reddit App-Only OAuth2 API credential/);
			// A refused secret is not a network hiccup: no retries against the token URL.
			expect(tokenRequests()).toHaveLength(1);
			expect(searches()).toHaveLength(0);
			expectNoSecret(result);
		});
	});

	describe('Mastodon (instance URL, optional token)', () => {
		const credentials = (accessToken: string): Record<string, ICredentialDataDecryptedObject> => ({
			mastodonApi: { baseUrl: `${api.url}/`, accessToken },
		});

		beforeEach(() => {
			api.route((request) => {
				if (request.path === '/api/v1/timelines/tag/acme') {
					return { body: request.query.get('max_id') ? [] : fixture('mastodon-tag.json') };
				}
				if (request.path === '/api/v2/search') return { body: fixture('mastodon-search.json') };
				return undefined;
			});
		});

		it('reads the hashtag timeline of the instance in the credential, without a token header when none is set', async () => {
			const result = await runWorkflow({ nodes: [fetchNode('mastodon', 'mastodonApi')], credentials: credentials('') });
			const items = result.output('Mention Fetch');
			// The third status has no account: skipped, not fatal.
			expect(items.map((item) => item.json.id)).toEqual(['mastodon:114137012345678901', 'mastodon:114136998765432100']);
			expect(items[0].json.text).not.toMatch(/<|&#/);
			const timeline = api.requests.filter((request) => request.path === '/api/v1/timelines/tag/acme');
			expect(timeline.map((request) => request.query.get('max_id'))).toEqual([null, '114136990000000001']);
			for (const request of timeline) expect(request.headers.authorization).toBeUndefined();
		});

		it('status search sends the token as a bearer header', async () => {
			const result = await runWorkflow({
				nodes: [fetchNode('mastodon', 'mastodonApi', { mastodonMode: 'search' })],
				credentials: credentials(SECRET),
			});
			expect(result.output('Mention Fetch').map((item) => item.json.id)).toEqual(['mastodon:114137100000000001']);
			const [search] = api.requests.filter((request) => request.path === '/api/v2/search');
			expect(search.headers.authorization).toBe(`Bearer ${SECRET}`);
			expect(search.query.get('type')).toBe('statuses');
			expectNoSecret(result);
		});

		it('a 401 names the Mastodon credential and keeps the token out of the error', async () => {
			api.route(() => ({ status: 401, body: { error: 'The access token is invalid' } }));
			const result = await runWorkflow({
				nodes: [fetchNode('mastodon', 'mastodonApi', { mastodonMode: 'search' })],
				credentials: credentials(SECRET),
			});
			const error = result.error('Mention Fetch') as Error & { description?: string };
			expect(error.message).toMatch(/Mastodon answered 401: The access token is invalid/);
			expect(error.description).toMatch(/Mastodon API credential/);
			expectNoSecret(result);
		});
	});

	describe('Bluesky (handle + app password → session)', () => {
		const credentials = (accessJwt = ''): Record<string, ICredentialDataDecryptedObject> => ({
			blueskyApi: { baseUrl: api.url, identifier: 'brand.bsky.social', appPassword: SECRET, accessJwt },
		});
		const sessions = () => api.requests.filter((request) => request.path === '/xrpc/com.atproto.server.createSession');
		const searches = () => api.requests.filter((request) => request.path === '/xrpc/app.bsky.feed.searchPosts');
		let issued: string[];

		beforeEach(() => {
			issued = [];
			api.route((request) => {
				if (request.path !== '/xrpc/com.atproto.server.createSession') return undefined;
				const body = JSON.parse(request.body || '{}') as { identifier?: string; password?: string };
				if (body.identifier !== 'brand.bsky.social' || body.password !== SECRET) {
					return { status: 401, body: { error: 'AuthenticationRequired', message: 'Invalid identifier or password' } };
				}
				const jwt = `session-jwt-${issued.length + 1}`;
				issued.push(jwt);
				return { body: { accessJwt: jwt, refreshJwt: `refresh-${jwt}`, handle: 'brand.bsky.social', did: 'did:plc:brand' } };
			});
			api.route((request) => {
				if (request.path === '/xrpc/app.bsky.feed.searchPosts') {
					return { body: fixture(request.query.get('cursor') === '25' ? 'bluesky-page2.json' : 'bluesky-page1.json') };
				}
				if (request.path === '/xrpc/app.bsky.actor.getProfiles') return { body: fixture('bluesky-profiles.json') };
				return undefined;
			});
		});

		it('opens a session with the app password (preAuthentication), then searches with the accessJwt and follows the cursor', async () => {
			const result = await runWorkflow({ nodes: [fetchNode('bluesky', 'blueskyApi')], credentials: credentials() });
			const items = result.output('Mention Fetch');
			expect(items.map((item) => item.json.id)).toEqual([
				'bluesky:did:plc:ab12cd34ef56gh78ij90kl12/3lk4xq2abcd2s',
				'bluesky:did:plc:zz99yy88xx77ww66vv55uu44/3lk4wabcxyz2k',
				'bluesky:did:plc:ee11/3lk4v0000000a',
			]);
			expect(items[0].json).toMatchObject({ author: { followers: 842 } });
			expect(sessions()).toHaveLength(1);
			expect(searches().map((request) => request.headers.authorization)).toEqual(['Bearer session-jwt-1', 'Bearer session-jwt-1']);
			expect(searches().map((request) => request.query.get('cursor'))).toEqual([null, '25']);
			expect(searches()[0].query.get('sort')).toBe('latest');
			const [profiles] = api.requests.filter((request) => request.path === '/xrpc/app.bsky.actor.getProfiles');
			expect(profiles.headers.authorization).toBe('Bearer session-jwt-1');
			expect(result.credentials.updates.map((update) => update.data.accessJwt)).toEqual(['session-jwt-1']);
			expectNoSecret(result, ...issued);
		});

		it('reuses a stored session without signing in again', async () => {
			const result = await runWorkflow({ nodes: [fetchNode('bluesky', 'blueskyApi')], credentials: credentials('stored-jwt') });
			expect(result.output('Mention Fetch')).toHaveLength(3);
			expect(sessions()).toHaveLength(0);
			expect(searches()[0].headers.authorization).toBe('Bearer stored-jwt');
		});

		it('on 400 ExpiredToken opens a new session once and retries the request', async () => {
			api.route((request) =>
				request.headers.authorization === 'Bearer expired-jwt'
					? { status: 400, body: { error: 'ExpiredToken', message: 'Token has expired' } }
					: undefined,
			);
			const result = await runWorkflow({ nodes: [fetchNode('bluesky', 'blueskyApi')], credentials: credentials('expired-jwt') });
			expect(result.output('Mention Fetch')).toHaveLength(3);
			expect(sessions()).toHaveLength(1);
			expect(searches().map((request) => [request.headers.authorization, request.query.get('cursor')])).toEqual([
				['Bearer expired-jwt', null],
				['Bearer session-jwt-1', null],
				['Bearer session-jwt-1', '25'],
			]);
			// The new session is stored with the credential, so the next execution does not sign in again.
			expect(result.credentials.updates.at(-1)).toEqual({
				type: 'blueskyApi',
				data: expect.objectContaining({ accessJwt: 'session-jwt-1' }),
			});
			expectNoSecret(result, ...issued);
		});

		it('a session that expires again right away is reported, not retried forever', async () => {
			api.route((request) =>
				request.path === '/xrpc/app.bsky.feed.searchPosts'
					? { status: 400, body: { error: 'ExpiredToken', message: 'Token has expired' } }
					: undefined,
			);
			const result = await runWorkflow({ nodes: [fetchNode('bluesky', 'blueskyApi')], credentials: credentials('expired-jwt') });
			const error = result.error('Mention Fetch') as Error & { description?: string; httpCode?: string };
			expect(error.name).toBe('NodeApiError');
			expect(error.httpCode).toBe('400');
			expect(error.description).toMatch(/session expired/);
			expect(sessions()).toHaveLength(1);
			expect(searches().map((request) => request.headers.authorization)).toEqual(['Bearer expired-jwt', 'Bearer session-jwt-1']);
			expectNoSecret(result, ...issued);
		});

		it('other 400s do not open a new session', async () => {
			api.route((request) =>
				request.path === '/xrpc/app.bsky.feed.searchPosts'
					? { status: 400, body: { error: 'InvalidRequest', message: 'Error: Params must have the property "q"' } }
					: undefined,
			);
			const result = await runWorkflow({ nodes: [fetchNode('bluesky', 'blueskyApi')], credentials: credentials('stored-jwt') });
			expect(result.error('Mention Fetch')?.message).toMatch(/Bluesky answered 400: Error: Params must have/);
			expect(sessions()).toHaveLength(0);
			expect(searches()).toHaveLength(1);
		});

		it('a wrong app password fails clearly, without the password', async () => {
			const result = await runWorkflow({
				nodes: [fetchNode('bluesky', 'blueskyApi')],
				credentials: { blueskyApi: { ...credentials().blueskyApi, identifier: 'someone.else' } },
			});
			const error = result.error('Mention Fetch') as Error & { description?: string };
			expect(error.message).toBe(
				'bluesky: Bluesky refused to sign in (401): Invalid identifier or password. Check the handle, and use an app password rather than the account password',
			);
			expect(error.description).toMatch(/Bluesky API credential/);
			// Sign-in is rate limited by Bluesky: a refused password is asked once, not retried. n8n signs in
			// again when the error from signing in carries a 401 response (1.x always, 2.x by default), so
			// the credential's refusal carries none.
			expect(sessions()).toHaveLength(1);
			expect(searches()).toHaveLength(0);
			expectNoSecret(result);
		});

		it('a sign-in that answers without a session fails at once, naming the credential', async () => {
			api.route((request) =>
				request.path === '/xrpc/com.atproto.server.createSession' ? { body: { handle: 'brand.bsky.social' } } : undefined,
			);
			const result = await runWorkflow({ nodes: [fetchNode('bluesky', 'blueskyApi')], credentials: credentials() });
			const error = result.error('Mention Fetch') as Error & { description?: string };
			expect(error.message).toMatch(/^bluesky: Bluesky did not open a session \(200\)/);
			expect(error.description).toMatch(/Bluesky API credential/);
			expect(sessions()).toHaveLength(1);
			expectNoSecret(result);
		});
	});

	describe('YouTube (API key)', () => {
		const credentials = (): Record<string, ICredentialDataDecryptedObject> => ({
			youTubeApi: { apiKey: SECRET, baseUrl: api.url },
		});
		const threads = () => api.requests.filter((request) => request.path === '/commentThreads');

		beforeEach(() => {
			api.route((request) => {
				if (request.path !== '/commentThreads') return undefined;
				if (request.query.get('key') !== SECRET) {
					return { status: 400, body: { error: { code: 400, message: 'API key not valid. Please pass a valid API key.', errors: [{ reason: 'badRequest' }] } } };
				}
				return request.query.get('pageToken') === 'QURTSl9pM0FFRk5fVjQ'
					? { body: { kind: 'youtube#commentThreadListResponse', items: [] } }
					: { body: fixture('youtube-threads.json') };
			});
		});

		it('sends the key as the key query parameter and follows pageToken', async () => {
			const result = await runWorkflow({
				nodes: [fetchNode('youtube', 'youTubeApi', { keywords: '', videoId: 'dQw4w9WgXcQ' })],
				credentials: credentials(),
			});
			const items = result.output('Mention Fetch');
			expect(items.map((item) => item.json.id)).toEqual(['youtube:UgzK3bQ1t8ZxYvW4aB54AaABAg', 'youtube:UgwQ2Yp3mN5rT7vX9zB4AaABAg']);
			expect(threads().map((request) => request.query.get('key'))).toEqual([SECRET, SECRET]);
			expect(threads().map((request) => request.query.get('pageToken'))).toEqual([null, 'QURTSl9pM0FFRk5fVjQ']);
			expect(threads()[0].query.get('videoId')).toBe('dQw4w9WgXcQ');
			expect(threads()[0].headers.authorization).toBeUndefined();
			expectNoSecret(result);
		});

		it('a spent quota is a clear, non-retried error', async () => {
			api.route((request) => (request.path === '/commentThreads' ? { status: 403, body: fixture('youtube-quota.json') } : undefined));
			const result = await runWorkflow({
				nodes: [fetchNode('youtube', 'youTubeApi', { keywords: '', videoId: 'dQw4w9WgXcQ' })],
				credentials: credentials(),
			});
			const error = result.error('Mention Fetch') as Error & { description?: string };
			expect(error.description).toMatch(/daily YouTube quota/);
			expect(threads()).toHaveLength(1);
			expectNoSecret(result);
		});

		it('an error page that echoes the request URL does not leak the key (401 path)', async () => {
			api.route((request) =>
				request.path === '/commentThreads'
					? { status: 401, body: { error: { code: 401, message: `Request ${api.url}/commentThreads?part=snippet&key=${SECRET} is not authorised` } } }
					: undefined,
			);
			const result = await runWorkflow({
				nodes: [fetchNode('youtube', 'youTubeApi', { keywords: '', videoId: 'dQw4w9WgXcQ' })],
				credentials: credentials(),
			});
			const error = result.error('Mention Fetch') as Error & { httpCode?: string };
			expect(error.httpCode).toBe('401');
			expect(error.message).toContain('key=[redacted]');
			expectNoSecret(result);
		});

		it('with continueOnFail a bad key becomes an item that names the fix, not the key', async () => {
			const result = await runWorkflow({
				nodes: [fetchNode('youtube', 'youTubeApi', { keywords: '', videoId: 'dQw4w9WgXcQ' }, { continueOnFail: true })],
				credentials: { youTubeApi: { apiKey: `wrong-${SECRET}`, baseUrl: api.url } },
			});
			const [item] = result.output('Mention Fetch');
			expect(item.json.error).toMatch(/YouTube answered 400: API key not valid/);
			expect(JSON.stringify(result.run.data)).not.toContain(SECRET);
		});
	});
});
