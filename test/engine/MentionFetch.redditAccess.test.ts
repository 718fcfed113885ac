import fs from 'node:fs';
import path from 'node:path';
import type { ICredentialDataDecryptedObject, INode } from 'n8n-workflow';

import { node, runPoll, runWorkflow } from './harness/engine';
import { LoopbackServer } from './harness/loopbackServer';
import { redditCredential } from './harness/redditCredential';

const SECRET = 'SENTINEL-SECRET-REDDIT-42';
const fixture = (name: string) =>
	JSON.parse(
		fs.readFileSync(path.join(__dirname, '../core/sources/fixtures', name), 'utf8'),
	) as unknown;
const { version } = JSON.parse(
	fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8'),
) as { version: string };

function redditNode(parameters: Record<string, unknown>, extra: Partial<INode> = {}): INode {
	return node(
		'Mention Fetch',
		'mentionFetch',
		{
			source: 'reddit',
			keywords: 'acme',
			sinceHours: 0,
			limit: 50,
			...parameters,
			options: { deduplicate: false, ...(parameters.options as object) },
		},
		extra,
	);
}

describe('Reddit access in n8n-core WorkflowExecute: an approved OAuth2 app, or the public JSON listings', () => {
	let api: LoopbackServer;

	beforeAll(async () => {
		api = await LoopbackServer.start();
	});
	afterAll(async () => await api.stop());
	beforeEach(() => {
		api.reset();
		api.route((request) => {
			if (request.path === '/api/v1/access_token')
				return {
					body: {
						access_token: 'reddit-app-token-1',
						token_type: 'bearer',
						expires_in: 86400,
						scope: 'read',
					},
				};
			if (!/^(\/r\/[^/]+)?\/search(\.json)?$/.test(request.path)) return undefined;
			return {
				body: fixture(
					request.query.get('after') === 't3_1j7xk2b' ? 'reddit-page2.json' : 'reddit-page1.json',
				),
			};
		});
	});

	describe('Authentication: None', () => {
		it('reads /search.json without any credential, with the User-Agent Reddit requires', async () => {
			const result = await runWorkflow({
				nodes: [
					redditNode({
						redditAuthentication: 'none',
						redditUsername: 'u/acme_social',
						options: { baseUrl: api.url },
					}),
				],
			});
			expect(result.output('Mention Fetch').map((item) => item.json.id)).toEqual([
				'reddit:t3_1j7xm9q',
				'reddit:t3_1j7xk2b',
				'reddit:t3_1j7wq01',
			]);
			expect(api.requests.map((request) => request.path)).toEqual(['/search.json', '/search.json']);
			expect(api.requests.map((request) => request.headers['user-agent'])).toEqual([
				`n8n:n8n-nodes-crisis-desk:${version} (by /u/acme_social)`,
				`n8n:n8n-nodes-crisis-desk:${version} (by /u/acme_social)`,
			]);
			expect(api.requests.every((request) => request.headers.authorization === undefined)).toBe(
				true,
			);
		});

		it('searches the chosen subreddits the same way', async () => {
			await runWorkflow({
				nodes: [
					redditNode({
						redditAuthentication: 'none',
						redditUsername: 'acme_social',
						subreddits: 'AcmeSupport, r/turkey',
						limit: 1,
						options: { baseUrl: api.url },
					}),
				],
			});
			expect(api.requests[0].path).toBe('/r/AcmeSupport+turkey/search.json');
			expect(api.requests[0].query.get('restrict_sr')).toBe('true');
		});

		it('without a Reddit Username says to set one, above the output', async () => {
			const result = await runWorkflow({
				nodes: [redditNode({ redditAuthentication: 'none', options: { baseUrl: api.url } })],
			});
			expect(api.requests[0].headers['user-agent']).toBe(`n8n:n8n-nodes-crisis-desk:${version}`);
			const hints = result.run.data.resultData.runData['Mention Fetch'][0].hints?.map(
				(hint) => hint.message,
			);
			expect(hints).toEqual([expect.stringMatching(/set Reddit Username$/)]);
		});

		it('a 403 from Reddit says what to do next', async () => {
			api.route((request) =>
				request.path === '/search.json'
					? { status: 403, body: '<html><body>whoa there, pardner!</body></html>' }
					: undefined,
			);
			const result = await runWorkflow({
				nodes: [
					redditNode({
						redditAuthentication: 'none',
						redditUsername: 'acme_social',
						options: { baseUrl: api.url },
					}),
				],
			});
			const error = result.error('Mention Fetch') as Error & {
				description?: string;
				httpCode?: string;
			};
			expect(error.httpCode).toBe('403');
			expect(error.description).toMatch(/Set Reddit Username, or use an approved OAuth app/);
			expect(api.requests).toHaveLength(1);
		});

		it('Mention Trigger polls the public listings too', async () => {
			const trigger = node('Mention Trigger', 'mentionTrigger', {
				source: 'reddit',
				keywords: 'acme',
				redditAuthentication: 'none',
				redditUsername: 'acme_social',
				options: { baseUrl: api.url },
			});
			await runPoll({ nodes: [trigger] });
			expect(api.requests[0].path).toBe('/search.json');
			expect(api.requests[0].headers['user-agent']).toBe(
				`n8n:n8n-nodes-crisis-desk:${version} (by /u/acme_social)`,
			);
		});
	});

	describe('Authentication: OAuth2 App (the default)', () => {
		const credentials = (extra: ICredentialDataDecryptedObject = {}) =>
			redditCredential(api.url, SECRET, extra);
		const withCredential = {
			credentials: { crisisDeskRedditOAuth2Api: { id: 'reddit-1', name: 'Reddit (test)' } },
		};

		it("names the credential's Reddit Username in the User-Agent and searches the OAuth host", async () => {
			const result = await runWorkflow({
				nodes: [redditNode({}, withCredential)],
				credentials: credentials({ redditUsername: 'acme_social' }),
			});
			expect(result.output('Mention Fetch')).toHaveLength(3);
			const searches = api.requests.filter((request) => request.path === '/search');
			expect(searches).toHaveLength(2);
			expect(searches[0].headers.authorization?.toLowerCase()).toBe('bearer reddit-app-token-1');
			expect(searches[0].headers['user-agent']).toBe(
				`n8n:n8n-nodes-crisis-desk:${version} (by /u/acme_social)`,
			);
		});

		it("the node's Base URL does not move a credential's requests", async () => {
			await runWorkflow({
				nodes: [
					redditNode({ options: { baseUrl: 'http://127.0.0.1:9/elsewhere' } }, withCredential),
				],
				credentials: credentials(),
			});
			expect(api.requests.filter((request) => request.path === '/search')).toHaveLength(2);
			expect(api.requests[api.requests.length - 1].headers['user-agent']).toBe(
				`n8n:n8n-nodes-crisis-desk:${version}`,
			);
		});
	});
});
