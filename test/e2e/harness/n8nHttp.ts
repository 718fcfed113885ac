/**
 * Every HTTP request the e2e harness sends to n8n (or to a URL n8n handed out). fetch keeps idle sockets
 * in a pool, and n8n closes an idle one after its keep-alive (5 s): when a test holds the event loop longer
 * than that (a slow machine, busy cores), fetch can send the next request on a socket n8n has already
 * closed and fails with "fetch failed … other side closed". So each request asks for its own connection
 * (`connection: close`, nothing is pooled), and a request that is safe to repeat is sent once more when
 * the socket fails under it.
 */
const REPEATABLE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** undici's codes for a connection that broke under a request (the cause of fetch's "fetch failed"). */
const SOCKET_ERROR_CODES = new Set(['UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNRESET', 'EPIPE']);

/**
 * fetch's own TypeError with a socket error as its cause. The error comes from Node's realm, not jest's,
 * so it is recognised by name and code, not by instanceof.
 */
export function isSocketError(error: unknown): boolean {
	if (typeof error !== 'object' || error === null || (error as Error).name !== 'TypeError')
		return false;
	const cause = (error as { cause?: { code?: unknown } }).cause;
	return typeof cause?.code === 'string' && SOCKET_ERROR_CODES.has(cause.code);
}

export async function requestN8n(url: string, init: RequestInit = {}): Promise<Response> {
	const method = (init.method ?? 'GET').toUpperCase();
	const headers = new Headers(init.headers);
	headers.set('connection', 'close');
	const request: RequestInit = { ...init, method, headers };
	try {
		return await fetch(url, request);
	} catch (error) {
		if (!REPEATABLE_METHODS.has(method) || !isSocketError(error)) throw error;
		return await fetch(url, request);
	}
}
