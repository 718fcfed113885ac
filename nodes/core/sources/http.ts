/**
 * The one door to the network. The node implements it with n8n's `httpRequestWithAuthentication`
 * (so proxies and credentials stay n8n's business); tests implement it with fixtures.
 */
export interface HttpRequest {
	method: 'GET' | 'POST';
	url: string;
	qs?: Record<string, string | number | boolean>;
	headers?: Record<string, string>;
	body?: unknown;
}

export interface HttpResponse {
	status: number;
	headers: Record<string, string>;
	/** Parsed JSON, or the raw text when the body is not JSON (feeds, some error pages). */
	body: unknown;
}

export type HttpFetch = (request: HttpRequest) => Promise<HttpResponse>;

/** Header lookup that ignores case: servers and proxies disagree on it. */
export function headerValue(headers: Record<string, string>, name: string): string | undefined {
	const wanted = name.toLowerCase();
	for (const [key, value] of Object.entries(headers)) {
		if (key.toLowerCase() === wanted)
			return Array.isArray(value) ? String(value[0]) : String(value);
	}
	return undefined;
}

/** Some APIs (the App Store feed) answer JSON with a text content type; parse it here once. */
export function jsonBody(response: HttpResponse): unknown {
	if (typeof response.body !== 'string') return response.body;
	const text = response.body.trim();
	if (!text.startsWith('{') && !text.startsWith('[')) return response.body;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return response.body;
	}
}
