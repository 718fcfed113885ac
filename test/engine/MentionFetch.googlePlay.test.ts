import { generateKeyPairSync, verify } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ICredentialDataDecryptedObject, INode } from 'n8n-workflow';

import { loadPackage, node, runPoll, runWorkflow, type WorkflowResult } from './harness/engine';
import { LoopbackServer, type RecordedRequest, type Reply } from './harness/loopbackServer';

const SHOP = 'com.acme.shop';
const REVIEWS_PATH = `/androidpublisher/v3/applications/${SHOP}/reviews`;
const PAGE2_TOKEN = 'CmMKXwoQT3JkZXJCeUxhc3RNb2RpZmllZBIzZ3A6QU9xcFRPSDN4Szlt';
const ACCESS_TOKEN = 'ya29.c.engine-loopback-access-token-5f3a9b';
const EMAIL = 'crisis-desk@acme-play.iam.gserviceaccount.com';

const fixture = (name: string) =>
	JSON.parse(fs.readFileSync(path.join(__dirname, '../core/sources/fixtures', name), 'utf8')) as unknown;

describe('Google Play reviews in Mention Fetch and Mention Trigger (n8n-core engine, loopback Google)', () => {
	const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
	const pemBody = pem.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
	let api: LoopbackServer;

	/**
	 * As n8n stores its Google Service Account API credential, with the service account's JSON key file
	 * pasted as the Private Key. n8n's credential has no address field: the key file's token_uri (which
	 * the node signs in at, as Google's client libraries do) and a baseUrl value (which the package reads
	 * from any credential) point the node at the loopback server instead of Google.
	 */
	const credentials = (privateKeyValue = pem): Record<string, ICredentialDataDecryptedObject> => ({
		googleApi: {
			email: EMAIL,
			privateKey: JSON.stringify({ type: 'service_account', client_email: EMAIL, private_key: privateKeyValue, token_uri: `${api.url}/token` }),
			inpersonate: false,
			delegatedEmail: '',
			httpNode: false,
			scopes: '',
			baseUrl: `${api.url}/androidpublisher/v3`,
		},
	});

	/** Google's token endpoint: checks the grant, the RS256 signature with the account's public key, the claims. */
	function tokenEndpoint(request: RecordedRequest): Reply {
		const form = new URLSearchParams(request.body);
		const [header, claims, signature] = (form.get('assertion') ?? '').split('.');
		const signed = verify('RSA-SHA256', Buffer.from(`${header}.${claims}`), publicKey, Buffer.from(signature ?? '', 'base64url'));
		const decoded = JSON.parse(Buffer.from(claims ?? '', 'base64url').toString('utf8') || '{}') as Record<string, unknown>;
		if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || !signed) {
			return { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' } };
		}
		if (decoded.iss !== EMAIL || decoded.scope !== 'https://www.googleapis.com/auth/androidpublisher' || decoded.aud !== `${api.url}/token`) {
			return { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid JWT claims.' } };
		}
		return { body: { access_token: ACCESS_TOKEN, expires_in: 3599, token_type: 'Bearer' } };
	}

	const apiCalls = () => api.requests.filter((request) => request.path === REVIEWS_PATH);
	const tokenCalls = () => api.requests.filter((request) => request.path === '/token');

	/** Everything a user or a log could see of a run. */
	function visibleText(result: WorkflowResult): string {
		const error = result.error('Mention Fetch') as (Error & { description?: string | null }) | undefined;
		return [JSON.stringify(result.run.data), error?.message ?? '', error?.description ?? '', error?.stack ?? ''].join('\n');
	}

	function expectNoSecret(text: string): void {
		for (const secret of [pem, ...pemBody, ACCESS_TOKEN]) expect(text).not.toContain(secret);
		for (const request of tokenCalls()) expect(text).not.toContain(new URLSearchParams(request.body).get('assertion'));
	}

	function fetchNode(parameters: Record<string, unknown> = {}): INode {
		return node(
			'Mention Fetch',
			'mentionFetch',
			{ source: 'googleplay', packageNames: SHOP, keywords: '', sinceHours: 0, limit: 50, options: { deduplicate: false }, ...parameters },
			{ credentials: { googleApi: { id: 'googleApi-1', name: 'Google Service Account (test)' } } },
		);
	}

	beforeAll(async () => {
		api = await LoopbackServer.start();
	});
	afterAll(async () => await api.stop());
	beforeEach(() => {
		api.reset();
		api.route((request) => (request.path === '/token' && request.method === 'POST' ? tokenEndpoint(request) : undefined));
	});

	it('the credential values are n8n\'s googleApi fields, the ones the source reads (baseUrl aside, the tests\' address)', async () => {
		const fields = (await loadPackage()).credentialTypes.getByName('googleApi').properties.map((property) => property.name);
		expect(Object.keys(credentials().googleApi).filter((name) => name !== 'baseUrl').sort()).toEqual([...fields].sort());
	});

	it('signs in with the service account, sends the token, pages to the end, and marks ratings and developer replies', async () => {
		api.route((request) => {
			if (request.path !== REVIEWS_PATH) return undefined;
			if (request.headers.authorization !== `Bearer ${ACCESS_TOKEN}`) return { status: 401, body: { error: { code: 401, message: 'Request is missing required authentication credential.', status: 'UNAUTHENTICATED' } } };
			return { body: fixture(request.query.get('token') === PAGE2_TOKEN ? 'googleplay-reviews-page2.json' : 'googleplay-reviews-page1.json') };
		});
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
		expect(apiCalls().map((request) => [request.query.get('maxResults'), request.query.get('token')])).toEqual([
			['50', null],
			['47', PAGE2_TOKEN],
		]);
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
								message: 'The current user has insufficient permissions to perform the requested operation.',
								errors: [{ message: 'The current user has insufficient permissions to perform the requested operation.', domain: 'androidpublisher', reason: 'permissionDenied' }],
								status: 'PERMISSION_DENIED',
							},
						},
					}
				: undefined,
		);
		const result = await runWorkflow({ nodes: [fetchNode()], credentials: credentials() });
		const error = result.error('Mention Fetch') as Error & { description?: string; httpCode?: string };
		expect(error.name).toBe('NodeApiError');
		expect(error.httpCode).toBe('403');
		expect(error.message).toMatch(/^googleplay: Google Play answered 403: The current user has insufficient permissions/);
		expect(error.description).toMatch(/Play Console → Users and permissions.*"Reply to reviews"/);
		expect(apiCalls()).toHaveLength(1);
		expectNoSecret(visibleText(result));
	});

	it('a key that is not the service account\'s is refused at sign-in: the error says which credential values to fix and holds no key', async () => {
		const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
		const result = await runWorkflow({ nodes: [fetchNode()], credentials: credentials(otherKey) });
		const error = result.error('Mention Fetch') as Error & { description?: string };
		expect(error.message).toBe(`googleplay: Google sign-in answered 400: Invalid JWT Signature. (POST ${api.url}/token)`);
		expect(error.description).toMatch(/Private Key does not belong to the Service Account Email/);
		expect(apiCalls()).toHaveLength(0);
		const text = visibleText(result);
		for (const line of otherKey.split('\n').filter((entry) => entry !== '' && !entry.startsWith('-----'))) expect(text).not.toContain(line);
		expectNoSecret(text);
	});

	it('Mention Trigger: the first poll remembers, the next one emits only the review written since', async () => {
		const review = (id: string, secondsAgo: number, text: string) => ({
			reviewId: id,
			authorName: `Reviewer ${id}`,
			comments: [{ userComment: { text, lastModified: { seconds: String(Math.floor(Date.now() / 1000) - secondsAgo), nanos: 0 }, starRating: 1, reviewerLanguage: 'en' } }],
		});
		let reviews = [review('gp:older', 300, 'Refund still missing')];
		api.route((request) =>
			request.path === REVIEWS_PATH && request.headers.authorization === `Bearer ${ACCESS_TOKEN}` ? { body: { reviews, pageInfo: { totalResults: reviews.length } } } : undefined,
		);
		const trigger = node(
			'Mention Trigger',
			'mentionTrigger',
			{ source: 'googleplay', packageNames: SHOP, keywords: '' },
			{ credentials: { googleApi: { id: 'googleApi-1', name: 'Google Service Account (test)' } } },
		);
		const first = await runPoll({ nodes: [trigger], credentials: credentials() });
		expect(first.items).toBeNull();
		// Written after activation (a little in the future of the first poll's clock).
		reviews = [review('gp:newer', -2, 'App crashes at checkout'), ...reviews];
		const second = await runPoll({ nodes: [trigger], credentials: credentials(), staticData: first.staticData });
		expect(second.items?.map((item) => [item.json.id, item.json.rating, item.json.brandReplied])).toEqual([['googleplay:gp:newer', 1, false]]);
		expect(tokenCalls()).toHaveLength(2);
		expect(apiCalls().map((request) => request.headers.authorization)).toEqual([`Bearer ${ACCESS_TOKEN}`, `Bearer ${ACCESS_TOKEN}`]);
	});
});
