import { headerValue, type HttpRequest, type HttpResponse } from './http';
import type { SourceIdentity } from './requestWithRetry';
import { SourceError } from './SourceError';

const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
export const MAX_REDIRECTS = 5;

/**
 * Where a redirect answer to a request that carries a credential may lead: the next request while it
 * stays on the origin (scheme, host and port) the credential names; undefined when the answer is no
 * redirect. A redirect anywhere else fails, because following it would hand the credential's
 * secrets (a header, a key in the URL, a password in the body) to whoever the answer names.
 */
export function sameOriginRedirect(
	source: SourceIdentity,
	request: HttpRequest,
	response: HttpResponse,
	redirectsSoFar: number,
): HttpRequest | undefined {
	if (!REDIRECT_STATUS.has(response.status)) return undefined;
	const location = headerValue(response.headers, 'location');
	if (location === undefined) return undefined;
	const from = new URL(request.url);
	const target = URL.canParse(location, from.href) ? new URL(location, from) : undefined;
	if (target?.origin !== from.origin) {
		const where = target
			? `redirected to another origin (${target.origin})`
			: 'redirected to an address that is not a URL';
		throw refusal(source, request, response, `${where}, which is not followed`);
	}
	if (redirectsSoFar >= MAX_REDIRECTS)
		throw refusal(source, request, response, `still redirecting after ${MAX_REDIRECTS} redirects`);
	const asGet =
		response.status === 303 ||
		(request.method === 'POST' && (response.status === 301 || response.status === 302));
	// The Location is the whole next address, query included.
	return {
		...request,
		url: target.href,
		qs: undefined,
		...(asGet ? { method: 'GET', body: undefined } : {}),
	};
}

function refusal(
	source: SourceIdentity,
	request: HttpRequest,
	response: HttpResponse,
	what: string,
): SourceError {
	const credential = source.credentialDisplayName ?? source.displayName;
	return new SourceError({
		source: source.name,
		status: response.status,
		message: `${source.displayName} answered ${response.status}: ${what} (${request.method} ${request.url.split('?')[0]})`,
		hint: `the ${credential} credential is sent only to the address it names: if the service has moved, put its new address in the credential`,
	});
}
