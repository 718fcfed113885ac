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

	describe('YouTube (API key)', () => {
		const credentials = (): Record<string, ICredentialDataDecryptedObject> => ({
			youTubeApi: { apiKey: SECRET, baseUrl: api.url },
		});
		const threads = () => api.requests.filter((request) => request.path === '/commentThreads');

		beforeEach(() => {
			api.route((request) => {
				if (request.path !== '/commentThreads') return undefined;
				if (request.query.get('key') !== SECRET) {
					return {
						status: 400,
						body: {
							error: {
								code: 400,
								message: 'API key not valid. Please pass a valid API key.',
								errors: [{ reason: 'badRequest' }],
							},
						},
					};
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
			expect(items.map((item) => item.json.id)).toEqual([
				'youtube:UgzK3bQ1t8ZxYvW4aB54AaABAg',
				'youtube:UgwQ2Yp3mN5rT7vX9zB4AaABAg',
			]);
			expect(threads().map((request) => request.query.get('key'))).toEqual([SECRET, SECRET]);
			expect(threads().map((request) => request.query.get('pageToken'))).toEqual([
				null,
				'QURTSl9pM0FFRk5fVjQ',
			]);
			expect(threads()[0].query.get('videoId')).toBe('dQw4w9WgXcQ');
			expect(threads()[0].headers.authorization).toBeUndefined();
			expectNoSecret(result);
		});

		it('a spent quota is a clear, non-retried error', async () => {
			api.route((request) =>
				request.path === '/commentThreads'
					? { status: 403, body: fixture('youtube-quota.json') }
					: undefined,
			);
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
					? {
							status: 401,
							body: {
								error: {
									code: 401,
									message: `Request ${api.url}/commentThreads?part=snippet&key=${SECRET} is not authorised`,
								},
							},
						}
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
				nodes: [
					fetchNode(
						'youtube',
						'youTubeApi',
						{ keywords: '', videoId: 'dQw4w9WgXcQ' },
						{ continueOnFail: true },
					),
				],
				credentials: { youTubeApi: { apiKey: `wrong-${SECRET}`, baseUrl: api.url } },
			});
			const [item] = result.output('Mention Fetch');
			expect(item.json.error).toMatch(/YouTube answered 400: API key not valid/);
			expect(JSON.stringify(result.run.data)).not.toContain(SECRET);
		});
	});
});
