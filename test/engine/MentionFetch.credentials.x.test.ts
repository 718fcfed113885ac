import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { node, runPoll, runWorkflow } from './harness/engine';
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

	describe('X (bearer token)', () => {
		const credentials = (): Record<string, ICredentialDataDecryptedObject> => ({
			xApi: { bearerToken: SECRET, baseUrl: api.url },
		});
		const searches = () =>
			api.requests.filter((request) => request.path === '/2/tweets/search/recent');

		beforeEach(() => {
			api.route((request) =>
				request.path === '/2/tweets/search/recent'
					? {
							body: fixture(
								request.query.get('next_token') === 'b26v89c19zqg8o3fr5pv8v'
									? 'x-page2.json'
									: 'x-page1.json',
							),
						}
					: undefined,
			);
		});

		it('sends the bearer token from the credential and follows next_token', async () => {
			const result = await runWorkflow({
				nodes: [fetchNode('x', 'xApi')],
				credentials: credentials(),
			});
			const ids = result.output('Mention Fetch').map((item) => item.json.id);
			expect(ids).toEqual([
				'x:1899061524125663745',
				'x:1899058811000000001',
				'x:1899050000000000000',
			]);
			expect(searches().map((request) => request.headers.authorization)).toEqual([
				`Bearer ${SECRET}`,
				`Bearer ${SECRET}`,
			]);
			expect(searches().map((request) => request.query.get('next_token'))).toEqual([
				null,
				'b26v89c19zqg8o3fr5pv8v',
			]);
			expect(searches()[0].query.get('expansions')).toBe('author_id');
			expect(searches()[0].query.get('user.fields')).toContain('public_metrics');
			const [first] = result.output('Mention Fetch');
			expect(first.json).toMatchObject({
				author: { handle: 'jreeves_tech', followers: 182000 },
				tagged: false,
			});
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
			const hints = result.run.data.resultData.runData['Mention Fetch'][0].hints?.map(
				(hint) => hint.message,
			);
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
			expect(searches().map((request) => request.query.get('next_token'))).toEqual([
				null,
				'b26v89c19zqg8o3fr5pv8v',
			]);
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
			api.route((request) =>
				request.path === '/2/tweets/search/recent' ? { body: fixture('x-empty.json') } : undefined,
			);
			await runPoll({ nodes: [trigger], credentials: credentials(), staticData: first.staticData });
			expect(searches()[0].query.get('since_id')).toBe('1899061524125663745');
			expect(searches()[0].query.get('start_time')).toBeNull();
			expect(searches()[0].headers.authorization).toBe(`Bearer ${SECRET}`);
		});

		it('turns a 401 into a NodeApiError that says to reconnect, without the token', async () => {
			api.route(() => ({ status: 401, body: fixture('x-401.json') }));
			const result = await runWorkflow({
				nodes: [fetchNode('x', 'xApi')],
				credentials: credentials(),
			});
			const error = result.error('Mention Fetch') as Error & {
				description?: string;
				httpCode?: string;
			};
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
			const result = await runWorkflow({
				nodes: [fetchNode('x', 'xApi')],
				credentials: credentials(),
			});
			expect(result.error('Mention Fetch')?.message).toContain('Bearer [redacted]');
			expectNoSecret(result);
		});
	});
});
