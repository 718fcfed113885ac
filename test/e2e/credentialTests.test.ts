import { generateKeyPairSync, verify } from 'node:crypto';

import { LoopbackServer, type RecordedRequest, type Reply } from '../engine/harness/loopbackServer';
import { N8nRest } from './harness/n8nRest';

const GOOD = 'SENTINEL-SECRET-123';
const BAD = 'SENTINEL-WRONG-456';

interface TestResult {
	status: 'OK' | 'Error';
	message: string;
}

const bearer = (request: RecordedRequest) => request.headers.authorization ?? '';

/**
 * Stand-ins for the five APIs' credential-test endpoints: each accepts only the good secret and
 * refuses anything else the way the real service does.
 */
function serviceRoutes(api: LoopbackServer): void {
	const tokens = new Set<string>();
	const routes: Record<string, (request: RecordedRequest) => Reply> = {
		'GET /x/2/usage/tweets': (request) =>
			bearer(request) === `Bearer ${GOOD}`
				? {
						body: {
							data: {
								project_id: '1',
								project_cap: '10000',
								project_usage: '12',
								cap_reset_day: 1,
							},
						},
					}
				: {
						status: 401,
						body: {
							title: 'Unauthorized',
							type: 'about:blank',
							status: 401,
							detail: 'Unauthorized',
						},
					},
		'POST /reddit/api/v1/access_token': (request) => {
			if (
				request.headers.authorization !==
				`Basic ${Buffer.from(`crisis-desk-app:${GOOD}`).toString('base64')}`
			) {
				return { status: 401, body: { message: 'Unauthorized', error: 401 } };
			}
			const token = `reddit-token-${tokens.size + 1}`;
			tokens.add(token);
			return {
				body: { access_token: token, token_type: 'bearer', expires_in: 86400, scope: 'read' },
			};
		},
		'GET /reddit/api/v1/scopes': (request) =>
			tokens.has(bearer(request).replace(/^bearer /i, ''))
				? {
						body: {
							read: {
								id: 'read',
								name: 'Read Content',
								description: 'Access posts and comments through my account.',
							},
						},
					}
				: { status: 401, body: { message: 'Unauthorized', error: 401 } },
		// A gateway in front of Reddit that does not accept Reddit's tokens.
		'GET /reddit-gateway/api/v1/scopes': () => ({
			status: 401,
			body: { message: 'Unauthorized', error: 401 },
		}),
		'GET /mastodon/api/v1/apps/verify_credentials': (request) =>
			bearer(request) === `Bearer ${GOOD}`
				? { body: { name: 'Crisis Desk', website: null, scopes: ['read'] } }
				: { status: 401, body: { error: 'The access token is invalid' } },
		'GET /mastodon/api/v2/instance': () => ({
			body: { domain: 'mastodon.example', title: 'Example', version: '4.3.0' },
		}),
		'POST /bluesky/xrpc/com.atproto.server.createSession': (request) => {
			const body = JSON.parse(request.body || '{}') as { identifier?: string; password?: string };
			return body.identifier === 'brand.bsky.social' && body.password === GOOD
				? {
						body: {
							accessJwt: 'bluesky-session-1',
							refreshJwt: 'bluesky-refresh-1',
							handle: 'brand.bsky.social',
							did: 'did:plc:brand',
						},
					}
				: {
						status: 401,
						body: { error: 'AuthenticationRequired', message: 'Invalid identifier or password' },
					};
		},
		'GET /bluesky/xrpc/com.atproto.server.getSession': (request) =>
			bearer(request) === 'Bearer bluesky-session-1'
				? { body: { handle: 'brand.bsky.social', did: 'did:plc:brand', active: true } }
				: { status: 400, body: { error: 'ExpiredToken', message: 'Token has expired' } },
		'GET /youtube/i18nLanguages': (request) =>
			request.query.get('key') === GOOD
				? {
						body: {
							kind: 'youtube#i18nLanguageListResponse',
							items: [{ id: 'en', snippet: { hl: 'en', name: 'English' } }],
						},
					}
				: {
						status: 400,
						body: {
							error: {
								code: 400,
								message: 'API key not valid. Please pass a valid API key.',
								errors: [{ reason: 'badRequest' }],
							},
						},
					},
	};
	api.route((request) => routes[`${request.method} ${request.path}`]?.(request));
}

describe('credential test requests, run by the real n8n through its REST API', () => {
	let api: LoopbackServer;
	let rest: N8nRest;

	beforeAll(async () => {
		api = await LoopbackServer.start();
		serviceRoutes(api);
		rest = await N8nRest.login();
	});
	afterAll(async () => await api.stop());

	/** Saves the credential as the editor does, then presses "Test" on it (POST /rest/credentials/test). */
	async function testCredential(type: string, data: Record<string, unknown>): Promise<TestResult> {
		const name = `${type} ${Math.random().toString(36).slice(2, 8)}`;
		const id = await rest.createCredential(type, name, data);
		return await rest.call<TestResult>('POST', '/credentials/test', {
			credentials: { id, name, type, data },
		});
	}

	const cases: Array<{
		type: string;
		data: (secret: string) => Record<string, unknown>;
		requests: string[];
		refused: string;
	}> = [
		{
			type: 'xApi',
			data: (secret) => ({ bearerToken: secret, baseUrl: `${api.url}/x/` }),
			requests: ['GET /x/2/usage/tweets'],
			refused:
				'X refused the bearer token: copy the app-only Bearer Token again from the developer portal (Projects & Apps → Keys and tokens)',
		},
		{
			type: 'crisisDeskRedditOAuth2Api',
			data: (secret) => ({
				clientId: 'crisis-desk-app',
				clientSecret: secret,
				accessTokenUrl: `${api.url}/reddit/api/v1/access_token`,
				baseUrl: `${api.url}/reddit`,
			}),
			requests: ['POST /reddit/api/v1/access_token', 'GET /reddit/api/v1/scopes'],
			// n8n's own words for a token URL that refuses the client id and secret.
			refused: 'Failed to acquire OAuth2 access token: 401',
		},
		{
			type: 'mastodonApi',
			data: (secret) => ({ baseUrl: `${api.url}/mastodon`, accessToken: secret }),
			requests: ['GET /mastodon/api/v1/apps/verify_credentials'],
			refused:
				'The instance refused the access token: create a new one under Preferences → Development, or leave it empty for hashtag timelines only',
		},
		{
			type: 'blueskyApi',
			data: (secret) => ({
				baseUrl: `${api.url}/bluesky`,
				identifier: 'brand.bsky.social',
				appPassword: secret,
			}),
			requests: [
				'POST /bluesky/xrpc/com.atproto.server.createSession',
				'GET /bluesky/xrpc/com.atproto.server.getSession',
			],
			// The credential's own words: its sign-in refusal carries no HTTP answer (n8n 1.x would sign in again).
			refused:
				'Bluesky refused to sign in (401): Invalid identifier or password. Check the handle, and use an app password rather than the account password',
		},
		{
			type: 'youTubeApi',
			data: (secret) => ({ apiKey: secret, baseUrl: `${api.url}/youtube` }),
			requests: ['GET /youtube/i18nLanguages'],
			refused:
				'Google refused the API key: check it in the Google Cloud console (APIs & Services → Credentials)',
		},
	];

	/** What reached the loopback services while `run` ran. */
	async function requestsDuring<T>(
		run: () => Promise<T>,
	): Promise<{ result: T; requests: string[] }> {
		const before = api.requests.length;
		const result = await run();
		return {
			result,
			requests: api.requests.slice(before).map((request) => `${request.method} ${request.path}`),
		};
	}

	describe.each(cases)('$type', ({ type, data, requests, refused }) => {
		it('passes with the right secret, asking the service configured in the credential', async () => {
			const { result, requests: seen } = await requestsDuring(() =>
				testCredential(type, data(GOOD)),
			);
			expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
			expect(seen).toEqual(requests);
		});

		it('fails with a clear message, without echoing the secret, when the secret is wrong', async () => {
			const result = await testCredential(type, data(BAD));
			expect(result).toEqual({ status: 'Error', message: refused });
			expect(result.message).not.toContain(BAD);
		});
	});

	it('Mastodon without a token checks only that the instance URL answers', async () => {
		const { result, requests } = await requestsDuring(() =>
			testCredential('mastodonApi', { baseUrl: `${api.url}/mastodon`, accessToken: '' }),
		);
		expect(result.status).toBe('OK');
		expect(requests).toEqual(['GET /mastodon/api/v2/instance']);
	});

	it('Mastodon at an address without a Mastodon API says to check the Instance URL', async () => {
		const result = await testCredential('mastodonApi', {
			baseUrl: `${api.url}/not-mastodon`,
			accessToken: '',
		});
		expect(result).toEqual({
			status: 'Error',
			message:
				'No Mastodon API at this Instance URL: check the address of the server the account lives on',
		});
	});

	describe('crisisDeskGooglePlayApi (a service account signing in with an RS256 JWT)', () => {
		const account = generateKeyPairSync('rsa', { modulusLength: 2048 });
		const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
		const pem = (pair: typeof account) =>
			pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
		const EMAIL = 'reviews@crisis-desk.iam.gserviceaccount.com';

		beforeAll(() => {
			// Google's token endpoint: the assertion must be signed by the account's key, else invalid_grant.
			api.route((request) => {
				if (`${request.method} ${request.path}` === 'POST /google/token') {
					const assertion = new URLSearchParams(request.body).get('assertion') ?? '';
					const [header, payload, signature] = assertion.split('.');
					const signed = verify(
						'RSA-SHA256',
						Buffer.from(`${header}.${payload}`),
						account.publicKey,
						Buffer.from(signature ?? '', 'base64url'),
					);
					const claims = JSON.parse(
						Buffer.from(payload ?? '', 'base64url').toString('utf8') || '{}',
					) as { iss?: string; scope?: string };
					return signed &&
						claims.iss === EMAIL &&
						claims.scope === 'https://www.googleapis.com/auth/androidpublisher'
						? {
								body: { access_token: 'ya29.play-token-1', expires_in: 3599, token_type: 'Bearer' },
							}
						: {
								status: 400,
								body: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' },
							};
				}
				if (`${request.method} ${request.path}` === 'GET /google/$discovery/rest') {
					return bearer(request) === 'Bearer ya29.play-token-1'
						? {
								body: {
									kind: 'discovery#restDescription',
									name: 'androidpublisher',
									version: 'v3',
								},
							}
						: {
								status: 401,
								body: {
									error: {
										code: 401,
										status: 'UNAUTHENTICATED',
										message: 'Request had invalid authentication credentials.',
									},
								},
							};
				}
				return undefined;
			});
		});

		const data = (privateKey: string) => ({
			email: EMAIL,
			privateKey,
			tokenUrl: `${api.url}/google/token`,
			baseUrl: `${api.url}/google`,
		});

		it("passes with the account's key: n8n signs in at the Token URL, then reads the discovery document", async () => {
			const { result, requests } = await requestsDuring(() =>
				testCredential('crisisDeskGooglePlayApi', data(pem(account))),
			);
			expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
			expect(requests).toEqual(['POST /google/token', 'GET /google/$discovery/rest']);
		});

		it("fails with what to do, without echoing any part of the key, when the key is not the account's", async () => {
			const key = pem(stranger);
			const result = await testCredential('crisisDeskGooglePlayApi', data(key));
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(
				/^Google refused the service account's sign-in \(400\): .*The Private Key does not belong to the Service Account Email/,
			);
			for (const line of key.split('\n').filter((keyLine) => keyLine.length > 20))
				expect(result.message).not.toContain(line);
		});
	});

	it('Reddit with a good secret but an API host that refuses the token names the Base URL', async () => {
		const result = await testCredential('crisisDeskRedditOAuth2Api', {
			clientId: 'crisis-desk-app',
			clientSecret: GOOD,
			accessTokenUrl: `${api.url}/reddit/api/v1/access_token`,
			baseUrl: `${api.url}/reddit-gateway`,
		});
		expect(result).toEqual({
			status: 'Error',
			message:
				'Reddit refused the access token: check the client ID and secret, and that the Base URL is the OAuth host (https://oauth.reddit.com)',
		});
	});
});
