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
			const result = await runWorkflow({
				nodes: [fetchNode('mastodon', 'mastodonApi')],
				credentials: credentials(''),
			});
			const items = result.output('Mention Fetch');
			// The third status has no account: skipped, not fatal.
			expect(items.map((item) => item.json.id)).toEqual([
				'mastodon:114137012345678901',
				'mastodon:114136998765432100',
			]);
			expect(items[0].json.text).not.toMatch(/<|&#/);
			const timeline = api.requests.filter(
				(request) => request.path === '/api/v1/timelines/tag/acme',
			);
			expect(timeline.map((request) => request.query.get('max_id'))).toEqual([
				null,
				'114136990000000001',
			]);
			for (const request of timeline) expect(request.headers.authorization).toBeUndefined();
		});

		it('status search sends the token as a bearer header', async () => {
			const result = await runWorkflow({
				nodes: [fetchNode('mastodon', 'mastodonApi', { mastodonMode: 'search' })],
				credentials: credentials(SECRET),
			});
			expect(result.output('Mention Fetch').map((item) => item.json.id)).toEqual([
				'mastodon:114137100000000001',
			]);
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
});
