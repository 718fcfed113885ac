import { ClientOAuth2 } from '@n8n/client-oauth2';
import axios from 'axios';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError as NodeApiError2, OperationalError } from 'n8n-workflow';
import { NodeApiError as NodeApiError1 } from 'n8n-workflow-1';

import { BlueskyApi } from '../../credentials/BlueskyApi.credentials';
import { bluesky } from '../../nodes/core/sources/bluesky';
import { reddit } from '../../nodes/core/sources/reddit';
import { SecretValues } from '../../nodes/core/sources/SecretValues';
import { SourceError } from '../../nodes/core/sources/SourceError';
import { signInFailure } from '../../nodes/Mention/mentionSource/transport/signInFailure';
import { LoopbackServer } from './harness/loopbackServer';

const SECRET = 'SENTINEL-SECRET-123';
const node: INode = {
	id: 'fetch',
	name: 'Mention Fetch',
	type: 'n8n-nodes-crisis-desk.mentionFetch',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/**
 * What httpRequestWithAuthentication throws when signing in fails, as each n8n line builds it (n8n-core
 * 1.122 of n8n 1.123, n8n-core 2.41): both wrap the failure in n8n-workflow's NodeApiError, but
 * n8n-workflow 1.x drops an Error cause (its `cause` class field is reset after the Error constructor
 * set it), so on 1.x only the NodeApiError's httpCode, description, context.data and messages remain.
 * n8n 2.x also wraps a first OAuth2 token failure in an OperationalError.
 */
const node1 = node as unknown as ConstructorParameters<typeof NodeApiError1>[0];
const asErrorResponse = (error: Error) => error as unknown as JsonObject;
const lines = {
	'1.x': {
		signInError: (error: Error) => new NodeApiError1(node1, asErrorResponse(error)),
		tokenError: (error: Error) => new NodeApiError1(node1, asErrorResponse(error)),
	},
	'2.x': {
		signInError: (error: Error) => new NodeApiError2(node, asErrorResponse(error)),
		tokenError: (error: Error) =>
			new NodeApiError2(
				node,
				asErrorResponse(
					new OperationalError(`Failed to acquire OAuth2 access token: ${error.message}`, {
						cause: error,
					}),
				),
			),
	},
};

function secrets(): SecretValues {
	const values = new SecretValues();
	values.addCredential({ appPassword: SECRET, clientSecret: SECRET });
	return values;
}

function asSourceError(value: unknown): SourceError {
	expect(value).toBeInstanceOf(SourceError);
	return value as SourceError;
}

describe('sign-in failures read from the error each n8n line throws', () => {
	let api: LoopbackServer;
	let closedPort: number;

	beforeAll(async () => {
		api = await LoopbackServer.start();
		api.route((request) => {
			if (request.path === '/xrpc/com.atproto.server.createSession') {
				return {
					status: 401,
					body: { error: 'AuthenticationRequired', message: 'Invalid identifier or password' },
				};
			}
			// Reddit's token URL refusing a client secret: not an OAuth error body, the status in `error`.
			if (request.path === '/api/v1/access_token')
				return { status: 401, body: { message: 'Unauthorized', error: 401 } };
			if (request.path === '/oauth/token')
				return {
					status: 400,
					body: { error: 'invalid_client', error_description: 'Bad client credentials' },
				};
			if (request.path === '/gateway/token')
				return {
					status: 403,
					headers: { 'content-type': 'text/plain' },
					body: 'Forbidden by gateway',
				};
			return undefined;
		});
		const server = http.createServer();
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		closedPort = (server.address() as AddressInfo).port;
		await new Promise<void>((resolve) => server.close(() => resolve()));
	});
	afterAll(async () => await api.stop());

	/** The error n8n's axios throws when a sign-in request is answered with a refusal. */
	const refusedSignIn = async (): Promise<Error> =>
		await axios
			.post(`${api.url}/xrpc/com.atproto.server.createSession`, {
				identifier: 'brand.bsky.social',
				password: SECRET,
			})
			.then(
				() => new Error('the stand-in accepted the sign-in'),
				(error: Error) => error,
			);

	/** The error n8n's OAuth2 client throws when the token URL refuses the client secret. */
	const refusedToken = async (tokenPath: string): Promise<Error> =>
		await new ClientOAuth2({
			clientId: 'crisis-desk-app',
			clientSecret: SECRET,
			accessTokenUri: `${api.url}${tokenPath}`,
			scopes: ['read'],
			authentication: 'header',
		}).credentials
			.getToken()
			.then(
				() => new Error('the stand-in issued a token'),
				(error: Error) => error,
			);

	describe.each(Object.entries(lines))('n8n %s', (_line, wrap) => {
		it('a refused sign-in (HTTP answer) names the service, its status and its message', async () => {
			const failure = asSourceError(
				signInFailure(bluesky, wrap.signInError(await refusedSignIn()), secrets()),
			);
			expect(failure.message).toBe(
				'Bluesky refused to sign in (401): Invalid identifier or password',
			);
			expect(failure.status).toBe(401);
			expect(failure.hint).toMatch(/Bluesky API credential/);
		});

		it("a token URL refusing the client secret (Reddit's body) is a refused sign-in", async () => {
			const failure = asSourceError(
				signInFailure(
					reddit,
					wrap.tokenError(await refusedToken('/api/v1/access_token')),
					secrets(),
				),
			);
			expect(failure.message).toMatch(/^Reddit refused to sign in \(401\)/);
			expect(failure.status).toBe(401);
			expect(failure.hint).toMatch(/Reddit App-Only OAuth2 API credential/);
		});

		it("an OAuth error body (invalid_client) is a refused sign-in with the server's words", async () => {
			const failure = asSourceError(
				signInFailure(reddit, wrap.tokenError(await refusedToken('/oauth/token')), secrets()),
			);
			expect(failure.message).toMatch(/^Reddit refused to sign in: /);
			expect(failure.message).toMatch(/client authentication failed|Bad client credentials/i);
		});

		it('a token URL answering with something else than OAuth JSON is a refused sign-in with its status', async () => {
			const failure = asSourceError(
				signInFailure(reddit, wrap.tokenError(await refusedToken('/gateway/token')), secrets()),
			);
			expect(failure.message).toMatch(/^Reddit refused to sign in \(403\)/);
			expect(failure.status).toBe(403);
		});

		it("the credential's own refusal (Bluesky's preAuthentication, in words) keeps its words", async () => {
			// n8n's httpRequest with returnFullResponse and ignoreHttpStatusErrors hands the answer back as data.
			const helpers = {
				httpRequest: async () => ({
					statusCode: 401,
					headers: {},
					body: { error: 'AuthenticationRequired', message: 'Invalid identifier or password' },
				}),
			};
			const thrownByCredential = await new BlueskyApi().preAuthentication
				.call({ helpers } as never, {
					baseUrl: api.url,
					identifier: 'brand.bsky.social',
					appPassword: SECRET,
				})
				.then(
					() => new Error('the credential accepted a refusal'),
					(error: Error) => error,
				);
			const failure = asSourceError(
				signInFailure(bluesky, wrap.signInError(thrownByCredential), secrets()),
			);
			expect(failure.message).toBe(
				'Bluesky refused to sign in (401): Invalid identifier or password. Check the handle, and use an app password rather than the account password',
			);
			expect(failure.hint).toMatch(/Bluesky API credential/);
		});

		it('a server that cannot be reached is not a refused sign-in: the error comes back unchanged, for the retries', async () => {
			const unreachable = await axios
				.get(`http://127.0.0.1:${closedPort}/xrpc/com.atproto.server.createSession`)
				.then(
					() => new Error('a closed port answered'),
					(error: Error) => error,
				);
			const thrown = wrap.signInError(unreachable);
			expect(signInFailure(bluesky, thrown, secrets())).toBe(thrown);
		});
	});

	it('the two lines really differ: n8n-workflow 1.x keeps no cause', async () => {
		const refusal = await refusedSignIn();
		expect(lines['1.x'].signInError(refusal).cause).toBeUndefined();
		expect(lines['2.x'].signInError(refusal).cause).toBe(refusal);
	});
});
