import type {
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IPollFunctions,
} from 'n8n-workflow';

import type { HttpFetch } from '../core/sources/http';

interface FullResponse {
	statusCode: number;
	headers: Record<string, string>;
	body: unknown;
}

/**
 * The adapters' HTTP door, opened by n8n: proxies, timeouts and credentials (authenticate,
 * preAuthentication, OAuth2 token refresh) are n8n's. HTTP statuses come back as data so the core
 * can honour Retry-After and rate-limit headers itself.
 */
export function n8nHttpFetch(
	context: IExecuteFunctions | IPollFunctions,
	credentialType: string | undefined,
): HttpFetch {
	return async (request) => {
		const options: IHttpRequestOptions = {
			method: request.method as IHttpRequestMethods,
			url: request.url,
			qs: request.qs,
			headers: { accept: 'application/json, application/xml;q=0.9, */*;q=0.8', ...request.headers },
			body: request.body as IHttpRequestOptions['body'],
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: 30_000,
		};
		const response = (
			credentialType
				? await context.helpers.httpRequestWithAuthentication.call(context, credentialType, options)
				: await context.helpers.httpRequest(options)
		) as FullResponse;
		return { status: response.statusCode, headers: response.headers ?? {}, body: response.body };
	};
}
