import { LoopbackServer, type RecordedRequest } from '../../engine/harness/loopbackServer';
import { type ExecutionResult, runManually } from '../harness/manualRun';
import type { Instance } from '../harness/n8nInstance';
import type { N8nRest } from '../harness/n8nRest';
import { ownerRest } from '../harness/ownerSession';

const SECRET = 'SENTINEL-SECRET-123';
const SESSION = '/xrpc/com.atproto.server.createSession';
const SEARCH_POSTS = '/xrpc/app.bsky.feed.searchPosts';
const TOKEN = '/api/v1/access_token';
const SEARCH = '/search';

/**
 * Stand-in Bluesky and Reddit APIs on loopback, each answering the way the real service does for one
 * failure: a refused app password, a session that has expired, a token URL refusing the client secret,
 * an API that refuses every token.
 */
function standInRoutes(api: LoopbackServer): void {
	let sessions = 0;
	let tokens = 0;
	api.route((request: RecordedRequest) => {
		const [, scenario] = request.path.split('/');
		const rest = request.path.slice(scenario.length + 1);
		if (scenario === 'bluesky-wrong' && rest === SESSION) {
			return {
				status: 401,
				body: { error: 'AuthenticationRequired', message: 'Invalid identifier or password' },
			};
		}
		if (scenario === 'bluesky-expired') {
			if (rest === SESSION)
				return {
					body: {
						accessJwt: `fresh-${++sessions}`,
						refreshJwt: 'refresh',
						handle: 'brand.bsky.social',
						did: 'did:plc:brand',
					},
				};
			if (request.headers.authorization === 'Bearer stale')
				return { status: 400, body: { error: 'ExpiredToken', message: 'Token has expired' } };
			if (rest === SEARCH_POSTS) return { body: { posts: [] } };
		}
		if (scenario === 'reddit-refused' && rest === TOKEN)
			return { status: 401, body: { message: 'Unauthorized', error: 401 } };
		if (scenario === 'reddit-401') {
			if (rest === TOKEN)
				return {
					body: {
						access_token: `reddit-token-${++tokens}`,
						token_type: 'bearer',
						expires_in: 86400,
						scope: 'read',
					},
				};
			if (rest === SEARCH) return { status: 401, body: { message: 'Unauthorized', error: 401 } };
		}
		return undefined;
	});
}

interface Scenario {
	source: 'bluesky' | 'reddit';
	credentialType: string;
	data: Record<string, unknown>;
}

/** Mention Fetch alone behind a manual trigger, with one credential, saved as the editor saves it. */
async function fetchWorkflow(rest: N8nRest, label: string, scenario: Scenario): Promise<string> {
	const credentialId = await rest.createCredential(
		scenario.credentialType,
		`${label} (e2e)`,
		scenario.data,
	);
	const created = await rest.call<{ id: string }>('POST', '/workflows', {
		name: `Credential failure: ${label}`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'trigger',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'fetch',
				name: 'Mention Fetch',
				type: 'n8n-nodes-crisis-desk.mentionFetch',
				typeVersion: 1,
				position: [220, 0],
				parameters: {
					source: scenario.source,
					keywords: 'acme',
					sinceHours: 0,
					limit: 10,
					options: { deduplicate: false },
				},
				credentials: { [scenario.credentialType]: { id: credentialId, name: `${label} (e2e)` } },
			},
		],
		connections: { Start: { main: [[{ node: 'Mention Fetch', type: 'main', index: 0 }]] } },
	});
	return created.id;
}

function nodeError(run: ExecutionResult): string | undefined {
	return run.runData['Mention Fetch']?.[0]?.error?.message;
}

/** Credential failures on the real n8n of `version`: the message says what to fix, and the calls are few. */
export function describeCredentialFailures(version: string, target: () => Instance): void {
	describe(`credential failures in a real n8n ${version}, against loopback Bluesky and Reddit`, () => {
		let api: LoopbackServer;
		let rest: N8nRest;
		const calls = (scenario: string, path: string) =>
			api.requests.filter((request) => request.path === `/${scenario}${path}`).length;
		const bluesky = (scenario: string, appPassword: string, accessJwt = ''): Scenario => ({
			source: 'bluesky',
			credentialType: 'blueskyApi',
			data: {
				baseUrl: `${api.url}/${scenario}`,
				identifier: 'brand.bsky.social',
				appPassword,
				accessJwt,
			},
		});
		const reddit = (scenario: string): Scenario => ({
			source: 'reddit',
			credentialType: 'crisisDeskRedditOAuth2Api',
			data: {
				clientId: 'crisis-desk-app',
				clientSecret: SECRET,
				accessTokenUrl: `${api.url}/${scenario}${TOKEN}`,
				baseUrl: `${api.url}/${scenario}`,
			},
		});

		beforeAll(async () => {
			rest = await ownerRest(target());
			api = await LoopbackServer.start();
			standInRoutes(api);
		});
		afterAll(async () => await api?.stop());

		it('a wrong Bluesky app password: one sign-in, and the error says the sign-in was refused', async () => {
			const run = await runManually(
				rest,
				await fetchWorkflow(
					rest,
					`bluesky wrong ${version}`,
					bluesky('bluesky-wrong', 'wrong-password'),
				),
				'Start',
			);
			expect(run.status).toBe('error');
			expect(nodeError(run)).toBe(
				'bluesky: Bluesky refused to sign in (401): Invalid identifier or password. Check the handle, and use an app password rather than the account password',
			);
			expect(calls('bluesky-wrong', SESSION)).toBe(1);
		});

		it('a Bluesky session answered with 400 ExpiredToken is renewed once and kept with the credential', async () => {
			const id = await fetchWorkflow(
				rest,
				`bluesky expired ${version}`,
				bluesky('bluesky-expired', SECRET, 'stale'),
			);
			const first = await runManually(rest, id, 'Start');
			expect({ status: first.status, error: nodeError(first) }).toEqual({
				status: 'success',
				error: undefined,
			});
			expect(calls('bluesky-expired', SESSION)).toBe(1);
			expect(
				api.requests
					.filter((request) => request.path === `/bluesky-expired${SEARCH_POSTS}`)
					.map((request) => request.headers.authorization),
			).toEqual(['Bearer stale', 'Bearer fresh-1']);
			// n8n stored the new session with the credential: the next run signs in no more.
			const second = await runManually(rest, id, 'Start');
			expect(second.status).toBe('success');
			expect(calls('bluesky-expired', SESSION)).toBe(1);
		});

		it('a Reddit token URL refusing the client secret: one token request, and the error says the sign-in was refused', async () => {
			const run = await runManually(
				rest,
				await fetchWorkflow(rest, `reddit refused ${version}`, reddit('reddit-refused')),
				'Start',
			);
			expect(run.status).toBe('error');
			expect(nodeError(run)).toMatch(/^reddit: Reddit refused to sign in \(401\)/);
			expect(calls('reddit-refused', TOKEN)).toBe(1);
			expect(calls('reddit-refused', SEARCH)).toBe(0);
		});

		it('a Reddit API that refuses every token: one renewal, then the 401 is the answer', async () => {
			const run = await runManually(
				rest,
				await fetchWorkflow(rest, `reddit 401 ${version}`, reddit('reddit-401')),
				'Start',
			);
			expect(run.status).toBe('error');
			expect(nodeError(run)).toMatch(/^reddit: Reddit answered 401: Unauthorized/);
			expect(calls('reddit-401', TOKEN)).toBe(2);
			expect(calls('reddit-401', SEARCH)).toBe(2);
		});
	});
}
