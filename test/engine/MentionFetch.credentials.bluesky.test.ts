import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { runWorkflow } from './harness/engine';
import { LoopbackServer } from './harness/loopbackServer';
import { fetchNode } from './harness/mentionFetchNode';
import { expectNoSecret, SECRET } from './harness/sentinelSecret';
import { fixture } from './harness/sourceFixture';

describe('Mention Fetch with credentials, in n8n-core WorkflowExecute against loopback APIs', () => {
	let api: LoopbackServer;

	beforeAll(async () => {
		api = await LoopbackServer.start();
	});
	afterAll(async () => await api.stop());
	beforeEach(() => api.reset());

	describe('Bluesky (handle + app password → session)', () => {
		const credentials = (accessJwt = ''): Record<string, ICredentialDataDecryptedObject> => ({
			blueskyApi: {
				baseUrl: api.url,
				identifier: 'brand.bsky.social',
				appPassword: SECRET,
				accessJwt,
			},
		});
		const sessions = () =>
			api.requests.filter((request) => request.path === '/xrpc/com.atproto.server.createSession');
		const searches = () =>
			api.requests.filter((request) => request.path === '/xrpc/app.bsky.feed.searchPosts');
		let issued: string[];

		beforeEach(() => {
			issued = [];
			api.route((request) => {
				if (request.path !== '/xrpc/com.atproto.server.createSession') return undefined;
				const body = JSON.parse(request.body || '{}') as { identifier?: string; password?: string };
				if (body.identifier !== 'brand.bsky.social' || body.password !== SECRET) {
					return {
						status: 401,
						body: { error: 'AuthenticationRequired', message: 'Invalid identifier or password' },
					};
				}
				const jwt = `session-jwt-${issued.length + 1}`;
				issued.push(jwt);
				return {
					body: {
						accessJwt: jwt,
						refreshJwt: `refresh-${jwt}`,
						handle: 'brand.bsky.social',
						did: 'did:plc:brand',
					},
				};
			});
			api.route((request) => {
				if (request.path === '/xrpc/app.bsky.feed.searchPosts') {
					return {
						body: fixture(
							request.query.get('cursor') === '25' ? 'bluesky-page2.json' : 'bluesky-page1.json',
						),
					};
				}
				if (request.path === '/xrpc/app.bsky.actor.getProfiles')
					return { body: fixture('bluesky-profiles.json') };
				return undefined;
			});
		});

		it('opens a session with the app password (preAuthentication), then searches with the accessJwt and follows the cursor', async () => {
			const result = await runWorkflow({
				nodes: [fetchNode('bluesky', 'blueskyApi')],
				credentials: credentials(),
			});
			const items = result.output('Mention Fetch');
			expect(items.map((item) => item.json.id)).toEqual([
				'bluesky:did:plc:ab12cd34ef56gh78ij90kl12/3lk4xq2abcd2s',
				'bluesky:did:plc:zz99yy88xx77ww66vv55uu44/3lk4wabcxyz2k',
				'bluesky:did:plc:ee11/3lk4v0000000a',
			]);
			expect(items[0].json).toMatchObject({ author: { followers: 842 } });
			expect(sessions()).toHaveLength(1);
			expect(searches().map((request) => request.headers.authorization)).toEqual([
				'Bearer session-jwt-1',
				'Bearer session-jwt-1',
			]);
			expect(searches().map((request) => request.query.get('cursor'))).toEqual([null, '25']);
			expect(searches()[0].query.get('sort')).toBe('latest');
			const [profiles] = api.requests.filter(
				(request) => request.path === '/xrpc/app.bsky.actor.getProfiles',
			);
			expect(profiles.headers.authorization).toBe('Bearer session-jwt-1');
			expect(result.credentials.updates.map((update) => update.data.accessJwt)).toEqual([
				'session-jwt-1',
			]);
			expectNoSecret(result, ...issued);
		});

		it('reuses a stored session without signing in again', async () => {
			const result = await runWorkflow({
				nodes: [fetchNode('bluesky', 'blueskyApi')],
				credentials: credentials('stored-jwt'),
			});
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
			const result = await runWorkflow({
				nodes: [fetchNode('bluesky', 'blueskyApi')],
				credentials: credentials('expired-jwt'),
			});
			expect(result.output('Mention Fetch')).toHaveLength(3);
			expect(sessions()).toHaveLength(1);
			expect(
				searches().map((request) => [request.headers.authorization, request.query.get('cursor')]),
			).toEqual([
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
			const result = await runWorkflow({
				nodes: [fetchNode('bluesky', 'blueskyApi')],
				credentials: credentials('expired-jwt'),
			});
			const error = result.error('Mention Fetch') as Error & {
				description?: string;
				httpCode?: string;
			};
			expect(error.name).toBe('NodeApiError');
			expect(error.httpCode).toBe('400');
			expect(error.description).toMatch(/session expired/);
			expect(sessions()).toHaveLength(1);
			expect(searches().map((request) => request.headers.authorization)).toEqual([
				'Bearer expired-jwt',
				'Bearer session-jwt-1',
			]);
			expectNoSecret(result, ...issued);
		});

		it('other 400s do not open a new session', async () => {
			api.route((request) =>
				request.path === '/xrpc/app.bsky.feed.searchPosts'
					? {
							status: 400,
							body: {
								error: 'InvalidRequest',
								message: 'Error: Params must have the property "q"',
							},
						}
					: undefined,
			);
			const result = await runWorkflow({
				nodes: [fetchNode('bluesky', 'blueskyApi')],
				credentials: credentials('stored-jwt'),
			});
			expect(result.error('Mention Fetch')?.message).toMatch(
				/Bluesky answered 400: Error: Params must have/,
			);
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
				request.path === '/xrpc/com.atproto.server.createSession'
					? { body: { handle: 'brand.bsky.social' } }
					: undefined,
			);
			const result = await runWorkflow({
				nodes: [fetchNode('bluesky', 'blueskyApi')],
				credentials: credentials(),
			});
			const error = result.error('Mention Fetch') as Error & { description?: string };
			expect(error.message).toMatch(/^bluesky: Bluesky did not open a session \(200\)/);
			expect(error.description).toMatch(/Bluesky API credential/);
			expect(sessions()).toHaveLength(1);
			expectNoSecret(result);
		});
	});
});
