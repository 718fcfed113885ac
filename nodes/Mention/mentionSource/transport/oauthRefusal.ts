/** A token endpoint's refusal, as n8n's OAuth2 client reports it. */
export interface OAuthRefusal {
	message: string;
	body: unknown;
	/** The HTTP status, when the client gave it as the message (the body's `error` was a number: Reddit's 401). */
	status?: number;
}

const HTTP_STATUS = /^[1-5]\d\d$/;

/**
 * client-oauth2 throws the token endpoint's refusal as `AuthError` (code EAUTH) with the OAuth error body.
 * n8n 1.x's NodeApiError keeps no cause: there only its httpCode (EAUTH) and the refusal's message remain.
 */
export function oauthRefusal(error: unknown): OAuthRefusal | undefined {
	const visited = new Set<unknown>();
	let current = error;
	while (typeof current === 'object' && current !== null && !visited.has(current)) {
		visited.add(current);
		const { code, httpCode, body, message, messages, cause } = current as {
			code?: unknown;
			httpCode?: unknown;
			body?: unknown;
			message?: unknown;
			messages?: unknown;
			cause?: unknown;
		};
		if (code === 'EAUTH') return refusal(message, body);
		if (httpCode === 'EAUTH' && cause === undefined)
			return refusal(Array.isArray(messages) ? messages[0] : undefined, undefined);
		current = cause;
	}
	return undefined;
}

function refusal(message: unknown, body: unknown): OAuthRefusal {
	const text = typeof message === 'string' ? message : '';
	return HTTP_STATUS.test(text)
		? { message: '', body, status: Number(text) }
		: { message: text, body };
}
