import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { runWorkflow } from './harness/engine';
import { LoopbackServer } from './harness/loopbackServer';
import { fetchNode } from './harness/mentionFetchNode';
import { redditCredential } from './harness/redditCredential';
import { expectNoSecret, SECRET } from './harness/sentinelSecret';
import { fixture } from './harness/sourceFixture';

describe('Mention Fetch with credentials, in n8n-core WorkflowExecute against loopback APIs', () => {
	let api: LoopbackServer;

	beforeAll(async () => {
		api = await LoopbackServer.start();
	});
	afterAll(async () => await api.stop());
	beforeEach(() => api.reset());

	describe('Reddit (app-only OAuth2, client credentials)', () => {
		const credentials = (extra: ICredentialDataDecryptedObject = {}) =>
			redditCredential(api.url, SECRET, extra);
		const tokenRequests = () =>
			api.requests.filter((request) => request.path === '/api/v1/access_token');
		const searches = () => api.requests.filter((request) => request.path === '/search');
		let issued: string[];

		beforeEach(() => {
			issued = [];
			api.route((request) => {
				if (request.path !== '/api/v1/access_token') return undefined;
				const token = `reddit-app-token-${issued.length + 1}`;
				issued.push(token);
				return {
					body: { access_token: token, token_type: 'bearer', expires_in: 86400, scope: 'read' },
				};
			});
			api.route((request) =>
				/^(\/r\/[^/]+)?\/search$/.test(request.path)
					? {
							body: fixture(
								request.query.get('after') === 't3_1j7xk2b'
									? 'reddit-page2.json'
									: 'reddit-page1.json',
							),
						}
					: undefined,
			);
		});

		it("gets a token from the token URL with n8n's client-credentials flow, then searches with it and follows after", async () => {
			const result = await runWorkflow({
				nodes: [fetchNode('reddit', 'crisisDeskRedditOAuth2Api')],
				credentials: credentials(),
			});
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
					data: expect.objectContaining({
						oauthTokenData: expect.objectContaining({ access_token: 'reddit-app-token-1' }),
					}),
				}),
			]);
			expectNoSecret(result, ...issued);
		});

		it('reuses a stored token and searches the chosen subreddits', async () => {
			const result = await runWorkflow({
				nodes: [
					fetchNode('reddit', 'crisisDeskRedditOAuth2Api', { subreddits: 'AcmeSupport, r/turkey' }),
				],
				credentials: credentials({
					oauthTokenData: { access_token: 'stored-token', token_type: 'bearer' },
				}),
			});
			expect(result.output('Mention Fetch').length).toBeGreaterThan(0);
			expect(tokenRequests()).toHaveLength(0);
			const subredditSearches = api.requests.filter(
				(request) => request.path === '/r/AcmeSupport+turkey/search',
			);
			expect(subredditSearches[0].headers.authorization?.toLowerCase()).toBe('bearer stored-token');
			expect(subredditSearches[0].query.get('restrict_sr')).toBe('true');
		});

		it('when the stored token has expired (401), has n8n fetch a new one and resends once', async () => {
			api.route((request) =>
				request.path === '/search' &&
				request.headers.authorization?.toLowerCase() === 'bearer expired-token'
					? { status: 401, body: { message: 'Unauthorized', error: 401 } }
					: undefined,
			);
			const result = await runWorkflow({
				nodes: [fetchNode('reddit', 'crisisDeskRedditOAuth2Api')],
				credentials: credentials({
					oauthTokenData: { access_token: 'expired-token', token_type: 'bearer' },
				}),
			});
			expect(result.output('Mention Fetch')).toHaveLength(3);
			expect(tokenRequests()).toHaveLength(1);
			expect(searches().map((request) => request.headers.authorization?.toLowerCase())).toEqual([
				'bearer expired-token',
				'bearer reddit-app-token-1',
				'bearer reddit-app-token-1',
			]);
			expect(result.credentials.updates.at(-1)?.data.oauthTokenData).toMatchObject({
				access_token: 'reddit-app-token-1',
			});
			expectNoSecret(result, ...issued);
		});

		it('a 401 that a new token does not cure is a clear error, without the client secret', async () => {
			api.route((request) =>
				request.path === '/search'
					? { status: 401, body: { message: 'Unauthorized', error: 401 } }
					: undefined,
			);
			const result = await runWorkflow({
				nodes: [fetchNode('reddit', 'crisisDeskRedditOAuth2Api')],
				credentials: credentials(),
			});
			const error = result.error('Mention Fetch') as Error & {
				description?: string;
				httpCode?: string;
			};
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
				request.path === '/api/v1/access_token'
					? { status: 401, body: { message: 'Unauthorized', error: 401 } }
					: undefined,
			);
			const result = await runWorkflow({
				nodes: [fetchNode('reddit', 'crisisDeskRedditOAuth2Api')],
				credentials: credentials(),
			});
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
});
