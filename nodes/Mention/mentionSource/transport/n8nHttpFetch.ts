import type {
	IAdditionalCredentialOptions,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IPollFunctions,
} from 'n8n-workflow';
import type { HttpFetch, HttpRequest, HttpResponse } from '../../../core/sources/http';
import { sameOriginRedirect } from '../../../core/sources/sameOriginRedirect';
import type { SessionRenewal } from '../../../core/sources/SessionRenewal';
import type { SourceAdapter } from '../../../core/sources/SourceAdapter';
import type { CredentialInUse } from './credentialInUse';
import { signInFailure } from './signInFailure';

interface FullResponse {
	statusCode: number;
	headers: Record<string, string>;
	body: unknown;
}

/** Fresh options per attempt: n8n's credential code writes the auth header or key into them. */
function requestOptions(
	request: HttpRequest,
	credential: CredentialInUse | undefined,
): IHttpRequestOptions {
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
		...(credential
			? { disableFollowRedirect: true, sendCredentialsOnCrossOriginRedirect: false }
			: {}),
	};
}

function asResponse(response: FullResponse): HttpResponse {
	return { status: response.statusCode, headers: response.headers ?? {}, body: response.body };
}

/**
 * The adapters' HTTP door, opened by n8n: proxies, timeouts and credentials (authenticate,
 * preAuthentication, OAuth2 tokens) are n8n's. HTTP statuses come back as data so the core can
 * honour Retry-After and rate-limit headers itself; anything n8n throws therefore came from signing
 * in, and is not signed in again. When the answer says the session expired, the node renews it once
 * and resends: n8n 1.x renews only on a thrown 401, and never on Bluesky's 400 `ExpiredToken`.
 */
export function n8nHttpFetch(
	context: IExecuteFunctions | IPollFunctions,
	adapter: SourceAdapter,
	credential?: CredentialInUse,
): HttpFetch {
	if (credential === undefined) {
		return async (request) =>
			asResponse(
				(await context.helpers.httpRequest(requestOptions(request, undefined))) as FullResponse,
			);
	}
	const send = async (
		request: HttpRequest,
		renewal?: IAdditionalCredentialOptions,
	): Promise<HttpResponse> =>
		asResponse(
			(await context.helpers.httpRequestWithAuthentication.call(
				context,
				credential.type,
				requestOptions(request, credential),
				renewal,
			)) as FullResponse,
		);

	const sendOnce = async (request: HttpRequest): Promise<HttpResponse> => {
		try {
			const response = await send(request);
			if (!adapter.session?.expired(response)) return response;
			return await send(request, await renewSession(context, credential, adapter.session.renew));
		} catch (error) {
			await credential.reread();
			throw signInFailure(adapter, error, credential.secrets);
		}
	};

	return withinOrigin(adapter, async (request) => {
		const response = await sendOnce(request);
		// Whatever the core builds from a failed answer must not echo a token n8n fetched during this run.
		if (response.status >= 300) await credential.reread();
		return response;
	});
}

/**
 * Renews the credential's session the same way on both n8n lines: n8n fetches a new OAuth2 token, or
 * the resend carries the credential with its expirable field empty, so n8n runs the credential's
 * preAuthentication first and stores the new session with the credential.
 */
async function renewSession(
	context: IExecuteFunctions | IPollFunctions,
	credential: CredentialInUse,
	renew: SessionRenewal['renew'],
): Promise<IAdditionalCredentialOptions | undefined> {
	if ('oAuth2Token' in renew) {
		await context.helpers.refreshOAuth2Token.call(context, credential.type);
		return undefined;
	}
	const { id, name } = context.getNode().credentials?.[credential.type] ?? {};
	const data = { ...(await credential.allValues()), [renew.expirableField]: '' };
	return { credentialsDecrypted: { id: id ?? '', name: name ?? '', type: credential.type, data } };
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
