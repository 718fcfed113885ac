import { generateKeyPairSync, verify } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ICredentialDataDecryptedObject, INode } from 'n8n-workflow';

import { node, runPoll, runWorkflow, type WorkflowResult } from './harness/engine';
import { LoopbackServer, type RecordedRequest, type Reply } from './harness/loopbackServer';

const SHOP = 'com.acme.shop';
const REVIEWS_PATH = `/androidpublisher/v3/applications/${SHOP}/reviews`;
const PAGE2_TOKEN = 'CmMKXwoQT3JkZXJCeUxhc3RNb2RpZmllZBIzZ3A6QU9xcFRPSDN4Szlt';
const ACCESS_TOKEN = 'ya29.c.engine-loopback-access-token';
const EMAIL = 'crisis-desk@acme-play.iam.gserviceaccount.com';

const fixture = (name: string) =>
	JSON.parse(
		fs.readFileSync(path.join(__dirname, '../core/sources/fixtures', name), 'utf8'),
	) as unknown;

describe('Google Play reviews in Mention Fetch and Mention Trigger (n8n-core engine, loopback Google)', () => {
	const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
	const pemBody = pem.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
	let api: LoopbackServer;
	let elsewhere: LoopbackServer;
	/** Access tokens the token endpoint issued, oldest first; the API accepts the ones not expired. */
	let issued: string[];
	let expired: Set<string>;

	/**
	 * The Crisis Desk Google Play API credential as n8n stores it, with the service account's JSON key
	 * file pasted as the Private Key; its Token URL and Base URL point at the loopback server.
	 */
	const credentials = (
		values: Partial<ICredentialDataDecryptedObject> = {},
	): Record<string, ICredentialDataDecryptedObject> => ({
		crisisDeskGooglePlayApi: {
			email: '',
			privateKey: JSON.stringify({
				type: 'service_account',
				client_email: EMAIL,
				private_key: pem,
			}),
			tokenUrl: `${api.url}/token`,
			baseUrl: api.url,
			accessToken: '',
			...values,
		},
	});

	/** Google's token endpoint: checks the grant, the RS256 signature with the account's public key, the claims. */
	function tokenEndpoint(request: RecordedRequest): Reply {
		const form = new URLSearchParams(request.body);
		const [header, claims, signature] = (form.get('assertion') ?? '').split('.');
		const signed = verify(
			'RSA-SHA256',
			Buffer.from(`${header}.${claims}`),
			publicKey,
			Buffer.from(signature ?? '', 'base64url'),
		);
		const decoded = JSON.parse(
			Buffer.from(claims ?? '', 'base64url').toString('utf8') || '{}',
		) as Record<string, unknown>;
		if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || !signed) {
			return {
				status: 400,
				body: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' },
			};
		}
		if (
			decoded.iss !== EMAIL ||
			decoded.scope !== 'https://www.googleapis.com/auth/androidpublisher' ||
			decoded.aud !== `${api.url}/token`
		) {
			return {
				status: 400,
				body: { error: 'invalid_grant', error_description: 'Invalid JWT claims.' },
			};
		}
		const token = `${ACCESS_TOKEN}-${issued.length + 1}`;
		issued.push(token);
		return { body: { access_token: token, expires_in: 3599, token_type: 'Bearer' } };
	}

	/** Whether a request carries a live access token; Google answers the others 401 UNAUTHENTICATED. */
	const signedIn = (request: RecordedRequest) => {
		const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
		return issued.includes(token) && !expired.has(token);
	};
	const unauthenticated: Reply = {
		status: 401,
		body: {
			error: {
				code: 401,
				message: 'Request had invalid authentication credentials. Expected OAuth 2 access token.',
				status: 'UNAUTHENTICATED',
			},
		},
	};

	const apiCalls = () => api.requests.filter((request) => request.path === REVIEWS_PATH);
	const tokenCalls = () => api.requests.filter((request) => request.path === '/token');

	/** Everything a user or a log could see of a run. */
	function visibleText(result: WorkflowResult): string {
		const error = result.error('Mention Fetch') as
			(Error & { description?: string | null }) | undefined;
		return [
			JSON.stringify(result.run.data),
			error?.message ?? '',
			error?.description ?? '',
			error?.stack ?? '',
		].join('\n');
	}

	function expectNoSecret(text: string): void {
		for (const secret of [pem, ...pemBody, ...issued]) expect(text).not.toContain(secret);
		for (const request of tokenCalls())
			expect(text).not.toContain(new URLSearchParams(request.body).get('assertion'));
	}

	const withCredential = {
		credentials: {
			crisisDeskGooglePlayApi: { id: 'crisisDeskGooglePlayApi-1', name: 'Google Play (test)' },
		},
	};

	function fetchNode(parameters: Record<string, unknown> = {}): INode {
		return node(
			'Mention Fetch',
			'mentionFetch',
			{
				source: 'googleplay',
				packageNames: SHOP,
				keywords: '',
				sinceHours: 0,
				limit: 50,
				options: { deduplicate: false },
				...parameters,
			},
			withCredential,
		);
	}

	function reviewsRoute(): void {
		api.route((request) => {
			if (request.path !== REVIEWS_PATH) return undefined;
			if (!signedIn(request)) return unauthenticated;
			return {
				body: fixture(
					request.query.get('token') === PAGE2_TOKEN
						? 'googleplay-reviews-page2.json'
						: 'googleplay-reviews-page1.json',
				),
			};
		});
	}

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
		issued = [];
		expired = new Set();
		api.route((request) =>
			request.path === '/token' && request.method === 'POST' ? tokenEndpoint(request) : undefined,
		);
	});

	it("signs in with the service account (the credential's preAuthentication), sends the token, pages to the end, and marks ratings and developer replies", async () => {
		reviewsRoute();
		const result = await runWorkflow({ nodes: [fetchNode()], credentials: credentials() });
		const items = result.output('Mention Fetch').map((item) => item.json);
		expect(items.map((item) => [item.rating, item.brandReplied])).toEqual([
			[1, true],
			[5, false],
			[2, false],
			[1, false],
		]);
		expect(items[0]).toMatchObject({
			source: 'googleplay',
			tagged: true,
			brandRepliedAt: '2025-03-10T11:00:00.000Z',
			url: 'https://play.google.com/store/apps/details?id=com.acme.shop&reviewId=gp%3AAOqpTOFmAVORqfWGcaqfF39ftwFjGkjecjvjXnC3g_uL0NqZDtB1h-ReNnTMeBkObPEg1',
		});
		expect(tokenCalls()).toHaveLength(1);
		expect(
			apiCalls().map((request) => [
				request.headers.authorization,
				request.query.get('maxResults'),
				request.query.get('token'),
			]),
		).toEqual([
			[`Bearer ${issued[0]}`, '50', null],
			[`Bearer ${issued[0]}`, '47', PAGE2_TOKEN],
		]);
		// n8n stores the token with the credential: the next execution does not sign in again.
		expect(result.credentials.updates).toEqual([
			{
				type: 'crisisDeskGooglePlayApi',
				data: expect.objectContaining({ accessToken: issued[0] }),
			},
		]);
		expectNoSecret(visibleText(result));
	});

	it('reuses the stored token; when Google says it expired (401), signs in once more and resends', async () => {
		reviewsRoute();
		const first = await runWorkflow({ nodes: [fetchNode()], credentials: credentials() });
		const stored = first.credentials.updates.at(-1)?.data as ICredentialDataDecryptedObject;
		const second = await runWorkflow({
			nodes: [fetchNode()],
			credentials: { crisisDeskGooglePlayApi: stored },
		});
		expect(second.output('Mention Fetch')).toHaveLength(4);
		expect(tokenCalls()).toHaveLength(1);

		expired.add(issued[0]);
		const third = await runWorkflow({
			nodes: [fetchNode()],
			credentials: { crisisDeskGooglePlayApi: stored },
		});
		expect(third.output('Mention Fetch')).toHaveLength(4);
		expect(tokenCalls()).toHaveLength(2);
		expect(
			apiCalls()
				.slice(4)
				.map((request) => [request.headers.authorization, request.query.get('token')]),
		).toEqual([
			[`Bearer ${issued[0]}`, null],
			[`Bearer ${issued[1]}`, null],
			[`Bearer ${issued[1]}`, PAGE2_TOKEN],
		]);
		expect(third.credentials.updates.at(-1)).toEqual({
			type: 'crisisDeskGooglePlayApi',
			data: expect.objectContaining({ accessToken: issued[1] }),
		});
		expectNoSecret(visibleText(third));
	});

	it('a token Google keeps refusing after a new sign-in is one clear error, not a loop', async () => {
		api.route((request) => (request.path === REVIEWS_PATH ? unauthenticated : undefined));
		const result = await runWorkflow({ nodes: [fetchNode()], credentials: credentials() });
		const error = result.error('Mention Fetch') as Error & {
			description?: string;
			httpCode?: string;
		};
		expect(error.httpCode).toBe('401');
		expect(error.description).toMatch(
			/^Google did not accept the access token: check the Service Account Email and Private Key in the Crisis Desk Google Play API credential/,
		);
		expect(tokenCalls()).toHaveLength(2);
		expect(apiCalls()).toHaveLength(2);
		expectNoSecret(visibleText(result));
	});

	it('a service account missing from Play Console fails with the permission to grant, and no secret', async () => {
		api.route((request) =>
			request.path === REVIEWS_PATH
				? {
						status: 403,
						body: {
							error: {
								code: 403,
								message:
									'The current user has insufficient permissions to perform the requested operation.',
								errors: [
									{
										message:
											'The current user has insufficient permissions to perform the requested operation.',
										domain: 'androidpublisher',
										reason: 'permissionDenied',
									},
								],
								status: 'PERMISSION_DENIED',
							},
						},
					}
				: undefined,
		);
		const result = await runWorkflow({ nodes: [fetchNode()], credentials: credentials() });
		const error = result.error('Mention Fetch') as Error & {
			description?: string;
			httpCode?: string;
		};
		expect(error.name).toBe('NodeApiError');
		expect(error.httpCode).toBe('403');
		expect(error.message).toMatch(
			/^googleplay: Google Play answered 403: The current user has insufficient permissions/,
		);
		expect(error.description).toMatch(/Play Console → Users and permissions.*"Reply to reviews"/);
		expect(apiCalls()).toHaveLength(1);
		expectNoSecret(visibleText(result));
	});

	it("a key that is not the service account's is refused at sign-in: the error says what to fix and holds no key", async () => {
		const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 })
			.privateKey.export({ type: 'pkcs8', format: 'pem' })
			.toString();
		const result = await runWorkflow({
			nodes: [fetchNode()],
			credentials: credentials({ email: EMAIL, privateKey: otherKey }),
		});
		const error = result.error('Mention Fetch') as Error & { description?: string };
		expect(error.message).toBe(
			"googleplay: Google refused the service account's sign-in (400): Invalid JWT Signature. The Private Key does not belong to the Service Account Email, or the key was deleted: create a new JSON key (Google Cloud → IAM & Admin → Service Accounts → Keys) and paste it",
		);
		expect(error.description).toMatch(/Crisis Desk Google Play API credential/);
		// A refused key is refused again: one sign-in, no request to the API.
		expect(tokenCalls()).toHaveLength(1);
		expect(apiCalls()).toHaveLength(0);
		const text = visibleText(result);
		for (const line of otherKey
			.split('\n')
			.filter((entry) => entry !== '' && !entry.startsWith('-----')))
			expect(text).not.toContain(line);
		expectNoSecret(text);
	});

	it("the assertion goes to the Token URL only, and the token to the Base URL's origin only: redirects elsewhere are not followed", async () => {
		api.route((request) =>
			request.path === '/moved/token'
				? { status: 307, headers: { location: `${elsewhere.url}/token` } }
				: undefined,
		);
		const signIn = await runWorkflow({
			nodes: [fetchNode()],
			credentials: credentials({ tokenUrl: `${api.url}/moved/token` }),
		});
		expect(signIn.error('Mention Fetch')?.message).toMatch(
			/^googleplay: Google's sign-in answered 307, a redirect, which is not followed/,
		);

		api.route((request) =>
			request.path === REVIEWS_PATH
				? { status: 302, headers: { location: `${elsewhere.url}${REVIEWS_PATH}` } }
				: undefined,
		);
		const search = await runWorkflow({
			nodes: [fetchNode({ options: { baseUrl: elsewhere.url } })],
			credentials: credentials(),
		});
		expect(search.error('Mention Fetch')?.message).toMatch(/redirected to another origin/);
		expect(elsewhere.requests).toHaveLength(0);
		expectNoSecret(visibleText(signIn));
		expectNoSecret(visibleText(search));
	});

	it('Mention Trigger: the first poll remembers, the next one emits only the review written since', async () => {
		const review = (id: string, secondsAgo: number, text: string) => ({
			reviewId: id,
			authorName: `Reviewer ${id}`,
			comments: [
				{
					userComment: {
						text,
						lastModified: { seconds: String(Math.floor(Date.now() / 1000) - secondsAgo), nanos: 0 },
						starRating: 1,
						reviewerLanguage: 'en',
					},
				},
			],
		});
		let reviews = [review('gp:older', 300, 'Refund still missing')];
		api.route((request) =>
			request.path === REVIEWS_PATH && signedIn(request)
				? { body: { reviews, pageInfo: { totalResults: reviews.length } } }
				: undefined,
		);
		const trigger = node(
			'Mention Trigger',
			'mentionTrigger',
			{ source: 'googleplay', packageNames: SHOP, keywords: '' },
			withCredential,
		);
		const first = await runPoll({ nodes: [trigger], credentials: credentials() });
		expect(first.items).toBeNull();
		// Written after activation (a little in the future of the first poll's clock).
		reviews = [review('gp:newer', -2, 'App crashes at checkout'), ...reviews];
		const second = await runPoll({
			nodes: [trigger],
			credentials: credentials({ accessToken: issued[0] }),
			staticData: first.staticData,
		});
		expect(
			second.items?.map((item) => [item.json.id, item.json.rating, item.json.brandReplied]),
		).toEqual([['googleplay:gp:newer', 1, false]]);
		expect(tokenCalls()).toHaveLength(1);
		expect(apiCalls().map((request) => request.headers.authorization)).toEqual([
			`Bearer ${issued[0]}`,
			`Bearer ${issued[0]}`,
		]);
	});
});
