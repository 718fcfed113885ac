import type { HttpResponse } from '../../../core/sources/http';

/** An HTTP answer found inside a thrown error, with the URL it answered when the error tells it. */
export interface ThrownAnswer extends HttpResponse {
	url?: string;
}

interface AnswerLike {
	status?: unknown;
	headers?: unknown;
	data?: unknown;
}

interface NodeApiErrorLike {
	httpCode?: unknown;
	description?: unknown;
	context?: { data?: unknown };
}

const HTTP_STATUS = /^[1-5]\d\d$/;

/**
 * n8n throws HTTP failures as axios errors, often wrapped (NodeApiError → cause → AxiosError with
 * `response`), and OAuth2 token failures as client-oauth2 errors; this digs the answer out so it can
 * be read like any other response. n8n 1.x's NodeApiError keeps no cause: there the status is its
 * httpCode and the body what it kept of it (the JSON body in context.data, else its description).
 */
export function thrownAnswer(error: unknown): ThrownAnswer | undefined {
	const visited = new Set<unknown>();
	let current = error;
	let keptByNodeApiError: ThrownAnswer | undefined;
	while (typeof current === 'object' && current !== null && !visited.has(current)) {
		visited.add(current);
		const { response, config, cause, status, body, code } = current as {
			response?: AnswerLike;
			config?: { url?: unknown };
			cause?: unknown;
			status?: unknown;
			body?: unknown;
			code?: unknown;
		};
		// client-oauth2's ResponseError: the token endpoint's status and body, no response object.
		if (code === 'ESTATUS' && typeof status === 'number') return { status, headers: {}, body };
		if (typeof response?.status === 'number') {
			return {
				status: response.status,
				headers: plainHeaders(response.headers),
				body: response.data,
				...(typeof config?.url === 'string' ? { url: config.url } : {}),
			};
		}
		keptByNodeApiError ??= answerKeptBy(current as NodeApiErrorLike);
		current = cause;
	}
	return keptByNodeApiError;
}

function answerKeptBy({
	httpCode,
	description,
	context,
}: NodeApiErrorLike): ThrownAnswer | undefined {
	if (typeof httpCode !== 'string' || !HTTP_STATUS.test(httpCode)) return undefined;
	return { status: Number(httpCode), headers: {}, body: context?.data ?? description ?? undefined };
}

function plainHeaders(headers: unknown): Record<string, string> {
	if (typeof headers !== 'object' || headers === null) return {};
	const source =
		typeof (headers as { toJSON?: unknown }).toJSON === 'function'
			? (headers as { toJSON(): unknown }).toJSON()
			: headers;
	const plain: Record<string, string> = {};
	for (const [name, value] of Object.entries(source as Record<string, unknown>)) {
		if (value !== undefined && value !== null)
			plain[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
	}
	return plain;
}
