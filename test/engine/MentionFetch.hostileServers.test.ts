import { ConnectRecorder } from './harness/connectRecorder';
import { runWorkflow } from './harness/engine';
import { LoopbackServer, type RecordedRequest } from './harness/loopbackServer';
import { fetchNode } from './harness/mentionFetchNode';
import { base64, carried, expectNone } from './harness/secretSpellings';
import { fixture } from './harness/sourceFixture';
import { visibleText } from './harness/visibleText';
import { APP_PASSWORD, CLIENT_SECRET, SOURCES, X_TOKEN } from './fixtures/hostileSourceCases';

/** A request's own path and query on another server: what a "moved" redirect points at. */
const sameRequestOn = (server: LoopbackServer, request: RecordedRequest) =>
	`${server.url}${request.path}${request.query.size > 0 ? `?${request.query.toString()}` : ''}`;

describe('Mention Fetch against hostile API servers (two loopback origins)', () => {
	let api: LoopbackServer;
	let elsewhere: LoopbackServer;

	beforeAll(async () => {
		api = await LoopbackServer.start();
		elsewhere = await LoopbackServer.start();
	});
	afterAll(async () => {
		await api.stop();
		await elsewhere.stop();
	});
	beforeEach(() => {
		api.reset();
		elsewhere.reset();
		// Whatever reaches the other origin would be answered, so following a redirect would "work".
		elsewhere.route((request) => ({
			body: SOURCES.find((entry) => entry.searchPath.test(request.path))?.answer(request) ?? {},
		}));
	});

	describe('credentials never follow a redirect to another origin', () => {
		it.each(SOURCES.map((entry) => [entry.source, entry] as const))(
			'%s: the other origin receives nothing',
			async (_name, entry) => {
				api.route((request) =>
					entry.searchPath.test(request.path)
						? { status: 302, headers: { location: sameRequestOn(elsewhere, request) } }
						: undefined,
				);
				const result = await runWorkflow({
					nodes: [fetchNode(entry.source, entry.credentialType, entry.parameters)],
					credentials: { [entry.credentialType]: entry.credentials(api.url) },
				});
				for (const request of elsewhere.requests) expectNone(carried(request), entry.secrets);
				expect(elsewhere.requests).toHaveLength(0);
				const error = result.error('Mention Fetch') as Error & { description?: string };
				expect(error.message).toContain(`redirected to another origin (${elsewhere.url})`);
				expect(error.description).toMatch(/credential/);
				expectNone(visibleText(result), entry.secrets);
			},
		);

		it('a redirect within the same origin is followed, with the credential', async () => {
			const moved = (request: RecordedRequest) =>
				`${api.url}/moved${request.path}?${request.query.toString()}`;
			api.route((request) =>
				request.path === '/2/tweets/search/recent'
					? { status: 301, headers: { location: moved(request) } }
					: undefined,
			);
			api.route((request) =>
				request.path === '/moved/2/tweets/search/recent'
					? { body: fixture('x-page2.json') }
					: undefined,
			);
			const result = await runWorkflow({
				nodes: [fetchNode('x', 'xApi')],
				credentials: { xApi: { bearerToken: X_TOKEN, baseUrl: api.url } },
			});
			expect(result.output('Mention Fetch').map((item) => item.json.id)).toEqual([
				'x:1899050000000000000',
			]);
			const [followed] = api.requests.filter(
				(request) => request.path === '/moved/2/tweets/search/recent',
			);
			expect(followed.headers.authorization).toBe(`Bearer ${X_TOKEN}`);
			expect(followed.query.get('query')).toContain('acme');
		});

		it('Bluesky: the app password is not posted to another origin when signing in is redirected', async () => {
			api.route((request) =>
				request.path === '/xrpc/com.atproto.server.createSession'
					? { status: 307, headers: { location: `${elsewhere.url}${request.path}` } }
					: undefined,
			);
			const result = await runWorkflow({
				nodes: [fetchNode('bluesky', 'blueskyApi')],
				credentials: {
					blueskyApi: {
						baseUrl: api.url,
						identifier: 'brand.bsky.social',
						appPassword: APP_PASSWORD,
						accessJwt: '',
					},
				},
			});
			expect(elsewhere.requests).toHaveLength(0);
			expect(result.error('Mention Fetch')?.message).toMatch(/Bluesky refused to sign in \(307\)/);
			expectNone(visibleText(result), [APP_PASSWORD]);
		});

		it('Reddit: the client id and secret are not sent to another origin when the token request is redirected', async () => {
			api.route((request) =>
				request.path === '/api/v1/access_token'
					? { status: 307, headers: { location: `${elsewhere.url}${request.path}` } }
					: undefined,
			);
			// Without the Basic header the other origin can only refuse (a refused sign-in is not retried).
			elsewhere.route((request) =>
				request.path === '/api/v1/access_token'
					? { status: 401, body: { error: 'invalid_client' } }
					: undefined,
			);
			const { oauthTokenData: _none, ...withoutToken } = SOURCES[3].credentials(api.url);
			const result = await runWorkflow({
				nodes: [fetchNode('reddit', 'crisisDeskRedditOAuth2Api')],
				credentials: { crisisDeskRedditOAuth2Api: withoutToken },
			});
			for (const request of elsewhere.requests) {
				expect(request.headers.authorization).toBeUndefined();
				expectNone(carried(request), [CLIENT_SECRET, `crisis-desk-app:${CLIENT_SECRET}`]);
			}
			expectNone(visibleText(result), [CLIENT_SECRET, `crisis-desk-app:${CLIENT_SECRET}`]);
		});
	});

	describe('an authenticated source takes its address from its credential only', () => {
		it.each(SOURCES.map((entry) => [entry.source, entry] as const))(
			"%s: the node's Base URL option receives nothing",
			async (_name, entry) => {
				api.route((request) =>
					entry.searchPath.test(request.path) ? { body: entry.answer(request) } : undefined,
				);
				const result = await runWorkflow({
					nodes: [
						fetchNode(entry.source, entry.credentialType, {
							...entry.parameters,
							options: { deduplicate: false, baseUrl: elsewhere.url },
						}),
					],
					credentials: { [entry.credentialType]: entry.credentials(api.url) },
				});
				expect(result.error('Mention Fetch')).toBeUndefined();
				expect(api.requests.some((request) => entry.searchPath.test(request.path))).toBe(true);
				expect(elsewhere.requests).toHaveLength(0);
			},
		);

		it("X with a blank credential Base URL goes to the official API, never to the node's Base URL", async () => {
			const proxy = await ConnectRecorder.start();
			const saved = process.env.HTTPS_PROXY;
			// The official host is reached only through this loopback proxy, which refuses every tunnel.
			process.env.HTTPS_PROXY = proxy.url;
			try {
				const result = await runWorkflow({
					nodes: [
						fetchNode('x', 'xApi', { options: { deduplicate: false, baseUrl: elsewhere.url } }),
					],
					credentials: { xApi: { bearerToken: X_TOKEN, baseUrl: '' } },
				});
				expect(elsewhere.requests).toHaveLength(0);
				expect(proxy.tunnels.length).toBeGreaterThan(0);
				expect(new Set(proxy.tunnels)).toEqual(new Set(['api.x.com:443']));
				expect(result.error('Mention Fetch')?.message).toContain(
					'GET https://api.x.com/2/tweets/search/recent',
				);
				expectNone(visibleText(result), [X_TOKEN]);
			} finally {
				if (saved === undefined) delete process.env.HTTPS_PROXY;
				else process.env.HTTPS_PROXY = saved;
				await proxy.stop();
			}
		});
	});

	describe('an error body that echoes the secrets does not put them in the error', () => {
		const echo = (secrets: string[]) =>
			secrets
				.map(
					(secret) =>
						`Bearer ${secret} | ${secret} | ${encodeURIComponent(secret)} | ${base64(secret)} | ${secret.includes('%') ? decodeURIComponent(secret) : ''}`,
				)
				.join(' ; ');

		it.each(SOURCES.map((entry) => [entry.source, entry] as const))(
			'%s: raw, percent-encoded and base64 echoes are all redacted',
			async (_name, entry) => {
				api.route((request) =>
					entry.searchPath.test(request.path)
						? {
								status: 403,
								body: { error: 'Forbidden', message: `rejected: ${echo(entry.secrets)}` },
							}
						: undefined,
				);
				const result = await runWorkflow({
					nodes: [fetchNode(entry.source, entry.credentialType, entry.parameters)],
					credentials: { [entry.credentialType]: entry.credentials(api.url) },
				});
				const error = result.error('Mention Fetch') as Error & { httpCode?: string };
				expect(error.httpCode).toBe('403');
				expect(error.message).toContain('[redacted]');
				expectNone(visibleText(result), entry.secrets);
			},
		);

		it('X: a 401 echoing the token with %2B and %3D, with and without "Bearer", leaves none of it', async () => {
			api.route(() => ({ status: 401, body: { title: 'Unauthorized', detail: echo([X_TOKEN]) } }));
			const result = await runWorkflow({
				nodes: [fetchNode('x', 'xApi')],
				credentials: { xApi: { bearerToken: X_TOKEN, baseUrl: api.url } },
			});
			expect(result.error('Mention Fetch')?.message).toMatch(
				/^x: X answered 401: Bearer \[redacted\] \| \[redacted\] \| \[redacted\] \| \[redacted\] \| \[redacted\]/,
			);
			expectNone(visibleText(result), [X_TOKEN]);
		});

		it('Reddit: a token n8n fetched during the run is redacted too', async () => {
			const issued = 'fresh-token-a1b2c3d4e5f6a7b8';
			api.route((request) =>
				request.path === '/api/v1/access_token'
					? {
							body: {
								access_token: issued,
								token_type: 'bearer',
								expires_in: 86400,
								scope: 'read',
							},
						}
					: undefined,
			);
			api.route((request) =>
				request.path === '/search'
					? { status: 403, body: { message: `token ${issued} may not search`, error: 403 } }
					: undefined,
			);
			const { oauthTokenData: _none, ...withoutToken } = SOURCES[3].credentials(api.url);
			const result = await runWorkflow({
				nodes: [fetchNode('reddit', 'crisisDeskRedditOAuth2Api')],
				credentials: { crisisDeskRedditOAuth2Api: withoutToken },
			});
			expect(result.error('Mention Fetch')?.message).toContain('token [redacted] may not search');
			expectNone(visibleText(result), [issued, CLIENT_SECRET]);
		});

		it('Reddit: a token URL that echoes the Basic pair in its refusal', async () => {
			const pair = base64(`crisis-desk-app:${CLIENT_SECRET}`);
			api.route((request) =>
				request.path === '/api/v1/access_token'
					? { status: 401, body: { message: `bad client ${pair} (${CLIENT_SECRET})`, error: 401 } }
					: undefined,
			);
			const { oauthTokenData: _none, ...withoutToken } = SOURCES[3].credentials(api.url);
			const result = await runWorkflow({
				nodes: [fetchNode('reddit', 'crisisDeskRedditOAuth2Api')],
				credentials: { crisisDeskRedditOAuth2Api: withoutToken },
			});
			expect(result.error('Mention Fetch')?.message).toMatch(/Reddit refused to sign in/);
			expectNone(visibleText(result), [CLIENT_SECRET, `crisis-desk-app:${CLIENT_SECRET}`]);
		});

		it('Bluesky: a sign-in refusal that echoes the app password', async () => {
			api.route((request) =>
				request.path === '/xrpc/com.atproto.server.createSession'
					? {
							status: 401,
							body: {
								error: 'AuthenticationRequired',
								message: `wrong password ${APP_PASSWORD} (${base64(APP_PASSWORD)})`,
							},
						}
					: undefined,
			);
			const result = await runWorkflow({
				nodes: [fetchNode('bluesky', 'blueskyApi')],
				credentials: {
					blueskyApi: {
						baseUrl: api.url,
						identifier: 'brand.bsky.social',
						appPassword: APP_PASSWORD,
						accessJwt: '',
					},
				},
			});
			expect(result.error('Mention Fetch')?.message).toBe(
				'bluesky: Bluesky refused to sign in (401): wrong password [redacted] ([redacted]). Check the handle, and use an app password rather than the account password',
			);
			expectNone(visibleText(result), [APP_PASSWORD]);
		});
	});
});
