import type {
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IPollFunctions,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { HttpFetch, HttpRequest, HttpResponse } from '../core/sources/http';
import { sameOriginRedirect } from '../core/sources/sameOriginRedirect';
import type { SourceAdapter } from '../core/sources/SourceAdapter';
import type { CredentialInUse } from './credentialInUse';
import { signInFailure } from './signInFailure';
import { thrownAnswer } from './thrownAnswer';

interface FullResponse {
	statusCode: number;
	headers: Record<string, string>;
	body: unknown;
}

/** Fresh options per attempt: n8n's credential code writes the auth header or key into them. */
function requestOptions(request: HttpRequest, credential: CredentialInUse | undefined): IHttpRequestOptions {
	return {
		method: request.method as IHttpRequestMethods,
		url: request.url,
		qs: request.qs ? { ...request.qs } : undefined,
		headers: { accept: 'application/json, application/xml;q=0.9, */*;q=0.8', ...request.headers },
		body: request.body as IHttpRequestOptions['body'],
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: 30_000,
		// With a credential, redirects come back as answers and are followed below, within its origin only;
		// the second flag keeps n8n from re-adding the Authorization header should it follow one anyway.
		...(credential ? { disableFollowRedirect: true, sendCredentialsOnCrossOriginRedirect: false } : {}),
	};
}

function asResponse(response: FullResponse): HttpResponse {
	return { status: response.statusCode, headers: response.headers ?? {}, body: response.body };
}

function sameEndpoint(answeredUrl: string | undefined, request: HttpRequest): boolean {
	return answeredUrl !== undefined && answeredUrl.split('?')[0] === request.url.split('?')[0];
}

/**
 * The adapters' HTTP door, opened by n8n: proxies, timeouts and credentials (authenticate,
 * preAuthentication, OAuth2 tokens) are n8n's. HTTP statuses come back as data so the core can
 * honour Retry-After and rate-limit headers itself. When the answer says the session expired, n8n's
 * own expiry handling (preAuthentication with `credentialsExpired`, OAuth2 token refresh) gets one go.
 */
export function n8nHttpFetch(context: IExecuteFunctions | IPollFunctions, adapter: SourceAdapter, credential?: CredentialInUse): HttpFetch {
	if (credential === undefined) {
		return async (request) => asResponse((await context.helpers.httpRequest(requestOptions(request, undefined))) as FullResponse);
	}
	if (adapter.signRequests) return adapterSignedFetch(context, adapter, credential, adapter.signRequests);

	const send = async (options: IHttpRequestOptions, expiredStatus?: number): Promise<HttpResponse> =>
		asResponse(
			(await context.helpers.httpRequestWithAuthentication.call(context, credential.type, options, {
				// Statuses are data here, so anything n8n throws came from signing in; signing in again
				// right after it failed would only spend the service's sign-in rate limit.
				preAuthenticationRetryStatusCode: expiredStatus ?? [],
			})) as FullResponse,
		);

	const sendOnce = async (request: HttpRequest): Promise<HttpResponse> => {
		let response: HttpResponse;
		try {
			response = await send(requestOptions(request, credential));
		} catch (error) {
			throw await failedSignIn(error);
		}
		if (!adapter.sessionExpired?.(response)) return response;
		try {
			// Letting the status throw hands it to n8n, which renews the credential and resends once.
			return await send({ ...requestOptions(request, credential), ignoreHttpStatusErrors: false }, response.status);
		} catch (error) {
			const answer = thrownAnswer(error);
			if (answer && sameEndpoint(answer.url, request)) return answer;
			throw await failedSignIn(error);
		}
	};

	const failedSignIn = async (error: unknown): Promise<unknown> => {
		await credential.reread();
		return signInFailure(adapter, error, credential.secrets);
	};

	return withinOrigin(adapter, async (request) => {
		const response = await sendOnce(request);
		// Whatever the core builds from a failed answer must not echo a token n8n fetched during this run.
		if (response.status >= 300) await credential.reread();
		return response;
	});
}

/**
 * For a credential n8n cannot sign these requests with (n8n's Google service account signs only inside
 * n8n's own Google nodes): n8n's plain httpRequest, so proxies and timeouts stay n8n's, with the adapter
 * signing each request from the credential's values (read once, on the first request).
 */
function adapterSignedFetch(
	context: IExecuteFunctions | IPollFunctions,
	adapter: SourceAdapter,
	credential: CredentialInUse,
	signRequests: NonNullable<SourceAdapter['signRequests']>,
): HttpFetch {
	const unsigned = withinOrigin(adapter, async (request) =>
		asResponse((await context.helpers.httpRequest(requestOptions(request, credential))) as FullResponse),
	);
	let signed: Promise<HttpFetch> | undefined;
	return async (request) => {
		signed ??= credential.allValues().then((values) => signRequests(unsigned, values, { sleep, secrets: credential.secrets }));
		return await (await signed)(request);
	};
}

/** Redirect answers are followed while they stay on the origin the credential names, no further. */
function withinOrigin(adapter: SourceAdapter, sendOnce: HttpFetch): HttpFetch {
	return async (request) => {
		let current = request;
		for (let redirects = 0; ; redirects++) {
			const response = await sendOnce(current);
			const next = sameOriginRedirect(adapter, current, response, redirects);
			if (!next) return response;
			current = next;
		}
	};
}
