import { generateKeyPairSync, verify } from 'node:crypto';

import { GOOGLE_TOKEN_URL, serviceAccountAccessToken } from '../../../nodes/core/sources/googleAccessToken';
import { googlePlay, searchGooglePlay } from '../../../nodes/core/sources/googlePlay';
import type { HttpFetch } from '../../../nodes/core/sources/http';
import { FieldError } from '../../../nodes/core/errors/FieldError';
import { SecretValues } from '../../../nodes/core/sources/SecretValues';
import { SourceError } from '../../../nodes/core/sources/SourceError';
import { LoopbackServer, type RecordedRequest } from '../../engine/harness/loopbackServer';
import { fakeFetch, fixtureJson, NOW, ok, query, recordingSleep, status } from './fakeHttp';

const SHOP = 'com.acme.shop';
const BASE = 'http://127.0.0.1:5678';
const PAGE2_TOKEN = 'CmMKXwoQT3JkZXJCeUxhc3RNb2RpZmllZBIzZ3A6QU9xcFRPSDN4Szlt';
const reviewsOf = (packageName: string) => `${BASE}/androidpublisher/v3/applications/${packageName}/reviews`;

function options(extra: Record<string, unknown> = {}) {
	return { baseUrl: BASE, now: () => NOW, sleep: recordingSleep().sleep, settings: { googlePlay: { packageNames: [SHOP] } }, ...extra };
}

/** Page 1 without a token, page 2 with the token page 1 gave. */
function twoPages(packageName = SHOP) {
	return [
		{ when: (r: { url: string; qs?: Record<string, unknown> }) => r.url === reviewsOf(packageName) && r.qs?.token === undefined, answers: [ok(fixtureJson('googleplay-reviews-page1.json'))] },
		{ when: (r: { url: string; qs?: Record<string, unknown> }) => r.url === reviewsOf(packageName) && r.qs?.token === PAGE2_TOKEN, answers: [ok(fixtureJson('googleplay-reviews-page2.json'))] },
	];
}

describe('Google Play adapter (reviews.list)', () => {
	it('reads the documented Review shape: rating, developer reply, title and body, language, Play link', async () => {
		const { fetch, requests } = fakeFetch(twoPages());
		const result = await searchGooglePlay(fetch, query(), options());
		expect(requests.map((request) => [request.url, request.qs])).toEqual([
			[reviewsOf(SHOP), { maxResults: 50 }],
			[reviewsOf(SHOP), { maxResults: 47, token: PAGE2_TOKEN }],
		]);
		const [complaint, praise] = result.mentions;
		expect(complaint).toEqual({
			id: 'googleplay:gp:AOqpTOFmAVORqfWGcaqfF39ftwFjGkjecjvjXnC3g_uL0NqZDtB1h-ReNnTMeBkObPEg1',
			source: 'googleplay',
			url: 'https://play.google.com/store/apps/details?id=com.acme.shop&reviewId=gp%3AAOqpTOFmAVORqfWGcaqfF39ftwFjGkjecjvjXnC3g_uL0NqZDtB1h-ReNnTMeBkObPEg1',
			text: 'Siparişim kayıp\n\nAcme kargo 5 gündür gelmedi, iade de yapılmıyor. Rezalet!',
			language: 'tr',
			createdAt: '2025-03-10T12:10:00.713Z',
			author: { handle: 'Ayşe Yılmaz', name: 'Ayşe Yılmaz' },
			engagement: { likes: 12, replies: 0, shares: 0 },
			tagged: true,
			query: 'Acme',
			rating: 1,
			brandReplied: true,
			brandRepliedAt: '2025-03-10T11:00:00.000Z',
		});
		expect(praise).toMatchObject({ language: 'en', rating: 5, brandReplied: false, query: `app:${SHOP}`, createdAt: '2025-03-10T09:00:00.120Z' });
		expect(praise.brandRepliedAt).toBeUndefined();
		expect(praise.raw).toBeUndefined();
	});

	it('asks the Android Publisher API at its documented address when no Base URL is given', async () => {
		const { fetch, requests } = fakeFetch([{ when: () => true, answers: [ok({ reviews: [] })] }]);
		await searchGooglePlay(fetch, query(), options({ baseUrl: undefined }));
		expect(requests.map((request) => request.url)).toEqual([`https://androidpublisher.googleapis.com/androidpublisher/v3/applications/${SHOP}/reviews`]);
	});

	it('pages with tokenPagination.nextPageToken, returns a review listed twice once, and skips one without a date with a reason', async () => {
		const { fetch } = fakeFetch(twoPages());
		const result = await searchGooglePlay(fetch, query(), options());
		expect(result.mentions.map((mention) => mention.createdAt)).toEqual([
			'2025-03-10T12:10:00.713Z',
			'2025-03-10T09:00:00.120Z',
			'2025-03-09T18:30:00.000Z',
			'2025-03-08T08:00:00.000Z',
		]);
		expect(result.skipped).toEqual([{ index: 4, reason: 'review gp:AOqpTOEbrokenNoDate0000000000000000000000000000000000000000000004: no valid lastModified (app com.acme.shop)' }]);
		// A review without a name is shown as Google shows it, and is not counted as the same author as other nameless reviews.
		expect(result.mentions[3].author).toEqual({
			handle: 'Google user gp:AOqpTOFq7wLx2vN5bK8jH1gD4sA0zX3cV6bN9mQ2wE5rT8yU1iO4pA7sD0fG3hJ5',
			name: 'A Google user',
		});
		expect(result.requests).toBe(2);
	});

	it('stops at Limit: asks for only as many as it still needs and does not follow the next page', async () => {
		const { fetch, requests } = fakeFetch(twoPages());
		const result = await searchGooglePlay(fetch, query({ limit: 2 }), options());
		expect(requests).toHaveLength(1);
		expect(requests[0].qs?.maxResults).toBe(2);
		expect(result.mentions).toHaveLength(2);
	});

	it('keeps only reviews last changed at or after since, and stops paging at the first older one (newest first)', async () => {
		const { fetch, requests } = fakeFetch(twoPages());
		const result = await searchGooglePlay(fetch, query({ since: new Date('2025-03-10T00:00:00Z') }), options());
		expect(result.mentions.map((mention) => mention.createdAt)).toEqual(['2025-03-10T12:10:00.713Z', '2025-03-10T09:00:00.120Z']);
		expect(requests).toHaveLength(1);
		expect(result.notices.some((notice) => notice.includes('last 7 days'))).toBe(false);
	});

	it('says that Google keeps only the last week of reviews with text when asked for more', async () => {
		const { fetch } = fakeFetch(twoPages());
		const result = await searchGooglePlay(fetch, query(), options());
		expect(result.notices).toContain(
			'Google Play lists only reviews created or edited in the last 7 days, and only those with text: older reviews and star-only ratings are not available through the API',
		);
		expect(result.notices).toContain('reviews.list requests this run: com.acme.shop 2 (Google Play allows 200 per hour per app)');
	});

	it('an app with no reviews gives a notice, not a silent empty result', async () => {
		const { fetch } = fakeFetch([{ when: () => true, answers: [ok({ pageInfo: { totalResults: 0 } })] }]);
		const result = await searchGooglePlay(fetch, query({ since: new Date('2025-03-10T00:00:00Z') }), options());
		expect(result.mentions).toEqual([]);
		expect(result.notices).toContain('com.acme.shop: Google Play listed no reviews with text created or edited in the last 7 days');
	});

	it('reads several apps (a pasted Play link too), asks each at least once, and merges them newest first', async () => {
		const other = 'com.acme.courier';
		const { fetch, requests } = fakeFetch([
			...twoPages(),
			{
				when: (request) => request.url === reviewsOf(other),
				answers: [ok({ reviews: [{ reviewId: 'gp:courier-1', authorName: 'Deniz', comments: [{ userComment: { text: 'Kurye paketi kapıya bıraktı', lastModified: { seconds: '1741600000', nanos: 0 }, starRating: 2 } }] }] })],
			},
		]);
		const result = await searchGooglePlay(fetch, query({ limit: 3 }), options({
			maxRequests: 1,
			settings: { googlePlay: { packageNames: [SHOP, ` https://play.google.com/store/apps/details?id=${other}&hl=tr `, SHOP] } },
		}));
		expect(requests.map((request) => request.url)).toEqual([reviewsOf(SHOP), reviewsOf(other)]);
		expect(result.mentions.map((mention) => mention.id)).toEqual([
			'googleplay:gp:AOqpTOFmAVORqfWGcaqfF39ftwFjGkjecjvjXnC3g_uL0NqZDtB1h-ReNnTMeBkObPEg1',
			'googleplay:gp:courier-1',
			'googleplay:gp:AOqpTOGr0nEy9bq1tY2vUJcX7PzW5LmNnQ8sR4aKdHfB3cE6gI0jLoMpTuVwXyZ12',
		]);
		expect(result.mentions[1].url).toBe('https://play.google.com/store/apps/details?id=com.acme.courier&reviewId=gp%3Acourier-1');
	});

	it('asks Google for translated texts and then gives the translation\'s language', async () => {
		const { fetch, requests } = fakeFetch([
			{
				when: () => true,
				answers: [ok({ reviews: [{ reviewId: 'gp:t1', authorName: 'Ayla', comments: [{ userComment: { text: 'My order is lost', originalText: 'Siparişim kayboldu', reviewerLanguage: 'tr', lastModified: { seconds: '1741600000' }, starRating: 1 } }] }] })],
			},
		]);
		const result = await searchGooglePlay(fetch, query(), options({ settings: { googlePlay: { packageNames: [SHOP], translationLanguage: 'en' } } }));
		expect(requests[0].qs?.translationLanguage).toBe('en');
		expect(result.mentions[0]).toMatchObject({ text: 'My order is lost', language: 'en' });
	});

	it('names the field for a bad package name or language before any request', async () => {
		const { fetch, requests } = fakeFetch([]);
		await expect(searchGooglePlay(fetch, query(), options({ settings: { googlePlay: { packageNames: ['Acme Shop'] } } }))).rejects.toThrow(/^packageNames: "Acme Shop" is not an Android package name/);
		await expect(searchGooglePlay(fetch, query(), options({ settings: { googlePlay: { packageNames: [] } } }))).rejects.toThrow(FieldError);
		await expect(searchGooglePlay(fetch, query(), options({ settings: { googlePlay: { packageNames: [SHOP], translationLanguage: 'english' } } }))).rejects.toThrow(/^translationLanguage:/);
		expect(requests).toHaveLength(0);
	});

	describe('errors say what to do', () => {
		const googleError = (code: number, reason: string, message: string, statusText: string) => ({
			error: { code, message, errors: [{ message, domain: 'androidpublisher', reason }], status: statusText },
		});

		it('a service account missing from Play Console (401 or 403 permissionDenied) is told to get the "Reply to reviews" permission, not to reconnect', async () => {
			for (const code of [401, 403]) {
				const { fetch, requests } = fakeFetch([
					{ when: () => true, answers: [status(code, googleError(code, 'permissionDenied', 'The current user has insufficient permissions to perform the requested operation.', 'PERMISSION_DENIED'))] },
				]);
				const failure = await searchGooglePlay(fetch, query(), options()).catch((error: unknown) => error);
				expect(failure).toBeInstanceOf(SourceError);
				expect((failure as SourceError).message).toBe(
					`Google Play answered ${code}: The current user has insufficient permissions to perform the requested operation. (GET ${reviewsOf(SHOP)})`,
				);
				expect((failure as SourceError).hint).toMatch(/Play Console → Users and permissions.*"Reply to reviews" permission/);
				expect(requests).toHaveLength(1);
			}
		});

		it('a 401 UNAUTHENTICATED is the access token running out (the credential signs in again); a 401 permissionDenied is not', () => {
			const unauthenticated = status(401, { error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED' } });
			const denied = status(401, googleError(401, 'permissionDenied', 'The current user has insufficient permissions to perform the requested operation.', 'PERMISSION_DENIED'));
			expect([unauthenticated, denied, status(403, {})].map((response) => googlePlay.session?.expired(response))).toEqual([true, false, false]);
			expect(googlePlay.session?.renew).toEqual({ expirableField: 'accessToken' });
		});

		it('a disabled API is told to enable the Google Play Android Developer API', async () => {
			const message = 'Google Play Android Developer API has not been used in project 123456 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/androidpublisher.googleapis.com/overview?project=123456 then retry.';
			const body = googleError(403, 'accessNotConfigured', message, 'PERMISSION_DENIED');
			const { fetch } = fakeFetch([{ when: () => true, answers: [status(403, { error: { ...body.error, details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'SERVICE_DISABLED', domain: 'googleapis.com' }] } })] }]);
			const failure: SourceError = await searchGooglePlay(fetch, query(), options()).catch((error) => error);
			expect(failure.hint).toMatch(/^the Google Play Android Developer API is not enabled: enable androidpublisher\.googleapis\.com/);
		});

		it('an unknown package is told to check the package name', async () => {
			const { fetch } = fakeFetch([{ when: () => true, answers: [status(404, googleError(404, 'notFound', 'Package not found: com.acme.shop.', 'NOT_FOUND'))] }]);
			const failure: SourceError = await searchGooglePlay(fetch, query(), options()).catch((error) => error);
			expect(failure.status).toBe(404);
			expect(failure.hint).toMatch(/check the package name/);
		});

		it('a 429 is waited out as Retry-After says and the search goes on', async () => {
			const { sleep, waits } = recordingSleep();
			const { fetch, requests } = fakeFetch([
				{
					when: (request) => request.qs?.token === undefined,
					answers: [status(429, googleError(429, 'rateLimitExceeded', 'Quota exceeded', 'RESOURCE_EXHAUSTED'), { 'Retry-After': '7' }), ok(fixtureJson('googleplay-reviews-page1.json'))],
				},
				{ when: () => true, answers: [ok({ reviews: [] })] },
			]);
			const result = await searchGooglePlay(fetch, query(), options({ sleep }));
			expect(waits).toEqual([7000]);
			expect(requests).toHaveLength(3);
			expect(result.mentions).toHaveLength(3);
		});
	});
});

describe('Google service account sign-in (RS256 JWT bearer grant), as the credential runs it', () => {
	const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
	const email = 'crisis-desk@acme-play.iam.gserviceaccount.com';
	const ACCESS_TOKEN = 'ya29.c.loopback-access-token-0123456789';
	const SCOPE = 'https://www.googleapis.com/auth/androidpublisher';
	let server: LoopbackServer;
	const tokenUrl = () => `${server.url}/token`;

	/** What Google's token endpoint checks: the grant type, the RS256 signature and the claims. */
	function tokenEndpoint(request: RecordedRequest) {
		const form = new URLSearchParams(request.body);
		if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') return { status: 400, body: { error: 'unsupported_grant_type' } };
		const [header, claims, signature] = (form.get('assertion') ?? '').split('.');
		const signed = verify('RSA-SHA256', Buffer.from(`${header}.${claims}`), publicKey, Buffer.from(signature ?? '', 'base64url'));
		if (!signed) return { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' } };
		return { body: { access_token: ACCESS_TOKEN, expires_in: 3599, token_type: 'Bearer' } };
	}

	function decodedClaims(request: RecordedRequest): Record<string, unknown> {
		const assertion = new URLSearchParams(request.body).get('assertion') ?? '';
		return JSON.parse(Buffer.from(assertion.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
	}

	/** The credential's HTTP door over real HTTP, to the loopback server only. */
	const loopbackFetch: HttpFetch = async (request) => {
		const url = new URL(request.url);
		if (url.hostname !== '127.0.0.1') throw new Error(`test fetch refuses ${url.origin}`);
		const response = await fetch(url, { method: request.method, headers: request.headers, body: request.body as string | undefined, redirect: 'manual' });
		const text = await response.text();
		let body: unknown = text;
		try {
			body = JSON.parse(text);
		} catch {
			// Not JSON: kept as text, as n8n's request helper does.
		}
		return { status: response.status, headers: Object.fromEntries(response.headers), body };
	};

	const signIn = (values: Record<string, unknown>, fetchWith: HttpFetch = loopbackFetch) =>
		serviceAccountAccessToken(fetchWith, { tokenUrl: tokenUrl(), ...values }, { scope: SCOPE, now: NOW });

	/** The error a sign-in threw, checked to hold none of the secrets given. */
	async function refusal(values: Record<string, unknown>, secrets: string[], fetchWith?: HttpFetch): Promise<string> {
		const failure = await signIn(values, fetchWith).then(
			() => new Error('signed in'),
			(error: unknown) => error as Error,
		);
		const assertions = server.requests.map((request) => new URLSearchParams(request.body).get('assertion') ?? '').filter((assertion) => assertion !== '');
		for (const secret of [...secrets, ...assertions, ...assertions.map((assertion) => assertion.split('.')[2])]) {
			expect(`${failure.message}\n${failure.stack}`).not.toContain(secret);
		}
		return failure.message;
	}

	beforeAll(async () => {
		server = await LoopbackServer.start();
	});
	afterAll(async () => await server.stop());
	beforeEach(() => {
		server.reset();
		server.route((request) => (request.path === '/token' ? tokenEndpoint(request) : undefined));
	});

	it('signs a JWT the token server verifies with the public key, with the claims Google requires, at the Token URL', async () => {
		await expect(signIn({ email, privateKey: pem })).resolves.toBe(ACCESS_TOKEN);
		const [request] = server.requests;
		expect(request.method).toBe('POST');
		expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
		const now = NOW.getTime() / 1000;
		expect(decodedClaims(request)).toEqual({ iss: email, scope: SCOPE, aud: tokenUrl(), iat: now, exp: now + 3600 });
		const header = JSON.parse(Buffer.from((new URLSearchParams(request.body).get('assertion') ?? '').split('.')[0], 'base64url').toString('utf8'));
		expect(header).toEqual({ alg: 'RS256', typ: 'JWT' });
	});

	it('with the Token URL left blank, signs in at Google\'s token endpoint with it as the audience', async () => {
		const { fetch, requests } = fakeFetch([{ when: () => true, answers: [ok({ access_token: ACCESS_TOKEN, expires_in: 3599 })] }]);
		await expect(signIn({ email, privateKey: pem, tokenUrl: ' ' }, fetch)).resolves.toBe(ACCESS_TOKEN);
		expect(requests.map((request) => request.url)).toEqual([GOOGLE_TOKEN_URL]);
		const assertion = new URLSearchParams(requests[0].body as string).get('assertion') ?? '';
		expect(JSON.parse(Buffer.from(assertion.split('.')[1], 'base64url').toString('utf8'))).toMatchObject({ aud: GOOGLE_TOKEN_URL });
	});

	it('reads the key as users paste it: with \\n escapes, on one line, or the whole JSON key file (its client_email too)', async () => {
		const escaped = pem.split('\n').join('\\n');
		const oneLine = pem.trim().split('\n').join(' ');
		const keyFile = JSON.stringify({ type: 'service_account', client_email: email, private_key: pem, token_uri: GOOGLE_TOKEN_URL });
		for (const values of [{ email, privateKey: escaped }, { email, privateKey: oneLine }, { email: '', privateKey: keyFile }]) {
			await expect(signIn(values)).resolves.toBe(ACCESS_TOKEN);
		}
		expect(server.requests.map((request) => [request.path, decodedClaims(request).iss])).toEqual([
			['/token', email],
			['/token', email],
			['/token', email],
		]);
	});

	it('a key that does not match the account is refused once, with what to do, and no error text holds the key, the assertion or its signature', async () => {
		const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
		const keyBody = otherKey.split('\n').filter((line) => line && !line.startsWith('-----'));
		expect(await refusal({ email, privateKey: otherKey }, [otherKey, ...keyBody])).toBe(
			"Google refused the service account's sign-in (400): Invalid JWT Signature. The Private Key does not belong to the Service Account Email, or the key was deleted: create a new JSON key (Google Cloud → IAM & Admin → Service Accounts → Keys) and paste it",
		);
		expect(server.requests).toHaveLength(1);
	});

	it('a token endpoint that echoes the assertion or the key has them redacted', async () => {
		server.route((request) => {
			const assertion = new URLSearchParams(request.body).get('assertion');
			return request.path === '/echo' ? { status: 400, body: { error: 'invalid_grant', error_description: `Bad assertion ${assertion} for key ${pem}` } } : undefined;
		});
		const message = await refusal({ email, privateKey: pem, tokenUrl: `${server.url}/echo` }, [pem]);
		expect(message).toMatch(/^Google refused the service account's sign-in \(400\): Bad assertion \[redacted\] for key \[redacted\]/);
	});

	it('a redirect is not followed, an answer without a token and a server error say what to do', async () => {
		server.route((request) => {
			if (request.path === '/moved') return { status: 302, headers: { location: 'http://127.0.0.1:9/token' } };
			if (request.path === '/empty') return { body: { token_type: 'Bearer' } };
			if (request.path === '/down') return { status: 503, body: { error: 'temporarily_unavailable', error_description: 'Try again later' } };
			return undefined;
		});
		expect(await refusal({ email, privateKey: pem, tokenUrl: `${server.url}/moved` }, [pem])).toBe(
			"Google's sign-in answered 302, a redirect, which is not followed. Put the token endpoint's own address in Token URL",
		);
		expect(await refusal({ email, privateKey: pem, tokenUrl: `${server.url}/empty` }, [pem])).toMatch(/^Google answered the sign-in \(200\) without an access token/);
		expect(await refusal({ email, privateKey: pem, tokenUrl: `${server.url}/down` }, [pem])).toBe("Google's sign-in answered 503: Try again later. Run it again later");
		expect(server.requests.map((request) => request.path)).toEqual(['/moved', '/empty', '/down']);
	});

	it('a private key that is not PEM, a missing email or a Token URL that is no http(s) address fails before any request, without repeating the key', async () => {
		const notAKey = '-----BEGIN PRIVATE KEY-----\nTm90QUtleUF0QWxsMDEyMzQ1Njc4OQ==\n-----END PRIVATE KEY-----\n';
		expect(await refusal({ email, privateKey: notAKey }, ['Tm90QUtleUF0QWxsMDEyMzQ1Njc4OQ'])).toMatch(
			/^The Private Key is not a readable PEM private key: paste the private_key value of the service account's JSON key file/,
		);
		expect(await refusal({ email: ' ', privateKey: pem }, [pem])).toMatch(/^The Service Account Email is missing: copy client_email/);
		expect(await refusal({ email }, [])).toMatch(/^The Private Key is missing/);
		expect(await refusal({ email, privateKey: pem, tokenUrl: 'file:///etc/passwd' }, [pem])).toMatch(/^The Token URL is not an http\(s\) address/);
		expect(server.requests).toHaveLength(0);
	});

	it('the private key is among the secrets redacted from any text', () => {
		const secrets = new SecretValues();
		secrets.addCredential({ email, privateKey: pem });
		expect(secrets.redact(`echo: ${pem}`)).toBe('echo: [redacted]');
	});
});
