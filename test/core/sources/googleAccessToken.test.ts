import { generateKeyPairSync, verify } from 'node:crypto';

import {
	GOOGLE_TOKEN_URL,
	serviceAccountAccessToken,
} from '../../../nodes/core/sources/googleAccessToken';
import type { HttpFetch } from '../../../nodes/core/sources/http';
import { SecretValues } from '../../../nodes/core/sources/SecretValues';
import { LoopbackServer, type RecordedRequest } from '../../engine/harness/loopbackServer';
import { fakeFetch, NOW, ok } from './fakeHttp';

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
		if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer')
			return { status: 400, body: { error: 'unsupported_grant_type' } };
		const [header, claims, signature] = (form.get('assertion') ?? '').split('.');
		const signed = verify(
			'RSA-SHA256',
			Buffer.from(`${header}.${claims}`),
			publicKey,
			Buffer.from(signature ?? '', 'base64url'),
		);
		if (!signed)
			return {
				status: 400,
				body: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' },
			};
		return { body: { access_token: ACCESS_TOKEN, expires_in: 3599, token_type: 'Bearer' } };
	}

	function decodedClaims(request: RecordedRequest): Record<string, unknown> {
		const assertion = new URLSearchParams(request.body).get('assertion') ?? '';
		return JSON.parse(Buffer.from(assertion.split('.')[1], 'base64url').toString('utf8')) as Record<
			string,
			unknown
		>;
	}

	/** The credential's HTTP door over real HTTP, to the loopback server only. */
	const loopbackFetch: HttpFetch = async (request) => {
		const url = new URL(request.url);
		if (url.hostname !== '127.0.0.1') throw new Error(`test fetch refuses ${url.origin}`);
		const response = await fetch(url, {
			method: request.method,
			headers: request.headers,
			body: request.body as string | undefined,
			redirect: 'manual',
		});
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
		serviceAccountAccessToken(
			fetchWith,
			{ tokenUrl: tokenUrl(), ...values },
			{ scope: SCOPE, now: NOW },
		);

	/** The error a sign-in threw, checked to hold none of the secrets given. */
	async function refusal(
		values: Record<string, unknown>,
		secrets: string[],
		fetchWith?: HttpFetch,
	): Promise<string> {
		const failure = await signIn(values, fetchWith).then(
			() => new Error('signed in'),
			(error: unknown) => error as Error,
		);
		const assertions = server.requests
			.map((request) => new URLSearchParams(request.body).get('assertion') ?? '')
			.filter((assertion) => assertion !== '');
		for (const secret of [
			...secrets,
			...assertions,
			...assertions.map((assertion) => assertion.split('.')[2]),
		]) {
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
		expect(decodedClaims(request)).toEqual({
			iss: email,
			scope: SCOPE,
			aud: tokenUrl(),
			iat: now,
			exp: now + 3600,
		});
		const header = JSON.parse(
			Buffer.from(
				(new URLSearchParams(request.body).get('assertion') ?? '').split('.')[0],
				'base64url',
			).toString('utf8'),
		);
		expect(header).toEqual({ alg: 'RS256', typ: 'JWT' });
	});

	it("with the Token URL left blank, signs in at Google's token endpoint with it as the audience", async () => {
		const { fetch, requests } = fakeFetch([
			{ when: () => true, answers: [ok({ access_token: ACCESS_TOKEN, expires_in: 3599 })] },
		]);
		await expect(signIn({ email, privateKey: pem, tokenUrl: ' ' }, fetch)).resolves.toBe(
			ACCESS_TOKEN,
		);
		expect(requests.map((request) => request.url)).toEqual([GOOGLE_TOKEN_URL]);
		const assertion = new URLSearchParams(requests[0].body as string).get('assertion') ?? '';
		expect(
			JSON.parse(Buffer.from(assertion.split('.')[1], 'base64url').toString('utf8')),
		).toMatchObject({ aud: GOOGLE_TOKEN_URL });
	});

	it('reads the key as users paste it: with \\n escapes, on one line, or the whole JSON key file (its client_email too)', async () => {
		const escaped = pem.split('\n').join('\\n');
		const oneLine = pem.trim().split('\n').join(' ');
		const keyFile = JSON.stringify({
			type: 'service_account',
			client_email: email,
			private_key: pem,
			token_uri: GOOGLE_TOKEN_URL,
		});
		for (const values of [
			{ email, privateKey: escaped },
			{ email, privateKey: oneLine },
			{ email: '', privateKey: keyFile },
		]) {
			await expect(signIn(values)).resolves.toBe(ACCESS_TOKEN);
		}
		expect(server.requests.map((request) => [request.path, decodedClaims(request).iss])).toEqual([
			['/token', email],
			['/token', email],
			['/token', email],
		]);
	});

	it('a key that does not match the account is refused once, with what to do, and no error text holds the key, the assertion or its signature', async () => {
		const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 })
			.privateKey.export({ type: 'pkcs8', format: 'pem' })
			.toString();
		const keyBody = otherKey.split('\n').filter((line) => line && !line.startsWith('-----'));
		expect(await refusal({ email, privateKey: otherKey }, [otherKey, ...keyBody])).toBe(
			"Google refused the service account's sign-in (400): Invalid JWT Signature. The Private Key does not belong to the Service Account Email, or the key was deleted: create a new JSON key (Google Cloud → IAM & Admin → Service Accounts → Keys) and paste it",
		);
		expect(server.requests).toHaveLength(1);
	});

	it('a token endpoint that echoes the assertion or the key has them redacted', async () => {
		server.route((request) => {
			const assertion = new URLSearchParams(request.body).get('assertion');
			return request.path === '/echo'
				? {
						status: 400,
						body: {
							error: 'invalid_grant',
							error_description: `Bad assertion ${assertion} for key ${pem}`,
						},
					}
				: undefined;
		});
		const message = await refusal({ email, privateKey: pem, tokenUrl: `${server.url}/echo` }, [
			pem,
		]);
		expect(message).toMatch(
			/^Google refused the service account's sign-in \(400\): Bad assertion \[redacted\] for key \[redacted\]/,
		);
	});

	it('a redirect is not followed, an answer without a token and a server error say what to do', async () => {
		server.route((request) => {
			if (request.path === '/moved')
				return { status: 302, headers: { location: 'http://127.0.0.1:9/token' } };
			if (request.path === '/empty') return { body: { token_type: 'Bearer' } };
			if (request.path === '/down')
				return {
					status: 503,
					body: { error: 'temporarily_unavailable', error_description: 'Try again later' },
				};
			return undefined;
		});
		expect(await refusal({ email, privateKey: pem, tokenUrl: `${server.url}/moved` }, [pem])).toBe(
			"Google's sign-in answered 302, a redirect, which is not followed. Put the token endpoint's own address in Token URL",
		);
		expect(
			await refusal({ email, privateKey: pem, tokenUrl: `${server.url}/empty` }, [pem]),
		).toMatch(/^Google answered the sign-in \(200\) without an access token/);
		expect(await refusal({ email, privateKey: pem, tokenUrl: `${server.url}/down` }, [pem])).toBe(
			"Google's sign-in answered 503: Try again later. Run it again later",
		);
		expect(server.requests.map((request) => request.path)).toEqual(['/moved', '/empty', '/down']);
	});

	it('a private key that is not PEM, a missing email or a Token URL that is no http(s) address fails before any request, without repeating the key', async () => {
		const notAKey =
			'-----BEGIN PRIVATE KEY-----\nTm90QUtleUF0QWxsMDEyMzQ1Njc4OQ==\n-----END PRIVATE KEY-----\n';
		expect(
			await refusal({ email, privateKey: notAKey }, ['Tm90QUtleUF0QWxsMDEyMzQ1Njc4OQ']),
		).toMatch(
			/^The Private Key is not a readable PEM private key: paste the private_key value of the service account's JSON key file/,
		);
		expect(await refusal({ email: ' ', privateKey: pem }, [pem])).toMatch(
			/^The Service Account Email is missing: copy client_email/,
		);
		expect(await refusal({ email }, [])).toMatch(/^The Private Key is missing/);
		expect(
			await refusal({ email, privateKey: pem, tokenUrl: 'file:///etc/passwd' }, [pem]),
		).toMatch(/^The Token URL is not an http\(s\) address/);
		expect(server.requests).toHaveLength(0);
	});

	it('the private key is among the secrets redacted from any text', () => {
		const secrets = new SecretValues();
		secrets.addCredential({ email, privateKey: pem });
		expect(secrets.redact(`echo: ${pem}`)).toBe('echo: [redacted]');
	});
});
