import type { HttpResponse } from './http';
import { asObject, asString } from './itemFields';
import { readGraphApiUsage } from './graphApiUsage';
import { GRAPH_API_VERSION } from './graphApiVersion';
import type { FailureReading } from './requestWithRetry';

/** What a Graph API error body (`{ error: { message, type, code, error_subcode, fbtrace_id } }`) says. */
export interface GraphApiErrorBody {
	code?: number;
	subcode?: number;
	type?: string;
	transient: boolean;
	/** Meta's support id for the failed call; only a short run of id characters is kept. */
	traceId?: string;
}

/** What the failed request needed, so the hint can name it. */
export interface GraphApiEdgeNeeds {
	credentialDisplayName: string;
	/** The permissions (and App Review features) this edge needs, named when Meta refuses for one. */
	permissions: readonly string[];
	/** The setting that holds the id in the path, named when Meta says the object does not exist. */
	idSetting?: string;
	/** Extra advice about the token (Facebook Pages need a Page access token). */
	tokenAdvice?: string;
}

export type GraphApiFailureKind =
	'token' | 'permission' | 'rateLimit' | 'notFound' | 'invalid' | 'blocked' | 'transient';

export interface GraphApiFailureReading extends FailureReading {
	kind: GraphApiFailureKind;
}

// Handling Errors (Graph API guide) and the Rate Limits page: what each code means.
const TOKEN_CODES = new Set([102, 190]);
const RATE_LIMIT_CODES = new Set([4, 17, 32, 341, 613, 80001, 80002]);
const TRANSIENT_CODES = new Set([1, 2]);
const TOKEN_SUBCODES = new Map([
	[458, 'the app was removed from the account'],
	[459, 'the account is checkpointed: log in on facebook.com to clear it'],
	[460, 'the password was changed'],
	[463, 'the token expired'],
	[464, 'the account is unconfirmed'],
	[467, 'the token is invalid'],
	[492, 'the session is invalid'],
]);

export function readGraphApiErrorBody(body: unknown): GraphApiErrorBody | undefined {
	const error = asObject(asObject(body)?.error);
	if (!error) return undefined;
	const trace = asString(error.fbtrace_id);
	return {
		code: integer(error.code),
		subcode: integer(error.error_subcode),
		type: asString(error.type),
		transient: error.is_transient === true,
		...(trace && /^[A-Za-z0-9_-]{1,64}$/.test(trace) ? { traceId: trace } : {}),
	};
}

/** A Graph API refusal read into what to do next; undefined when the body is not a Graph error. */
export function readGraphApiFailure(
	response: HttpResponse,
	needs: GraphApiEdgeNeeds,
): GraphApiFailureReading | undefined {
	const error = readGraphApiErrorBody(response.body);
	if (!error) return undefined;
	const trace = error.traceId ? ` (Meta's fbtrace_id: ${error.traceId})` : '';
	const reading = (
		kind: GraphApiFailureKind,
		hint: string,
		retryable = false,
	): GraphApiFailureReading => ({
		kind,
		retryable,
		hint: `${hint}${trace}`,
	});
	const { code, subcode } = error;
	if (
		(code !== undefined && TOKEN_CODES.has(code)) ||
		(code === undefined && error.type === 'OAuthException')
	) {
		const why =
			(subcode !== undefined && TOKEN_SUBCODES.get(subcode)) ||
			'the token has expired, was revoked or is invalid';
		return reading(
			'token',
			`access token refused (${why}): put a new token into the ${needs.credentialDisplayName} credential; a Page token taken from a long-lived user token, or a system user token, does not expire`,
		);
	}
	if (code === 10 || code === 3 || (code !== undefined && code >= 200 && code <= 299)) {
		return reading(
			'permission',
			`permission missing: this needs ${needs.permissions.join(', ')}; grant them to the app (App Review for accounts you do not manage) and create a new token for the ${needs.credentialDisplayName} credential${needs.tokenAdvice ? `; ${needs.tokenAdvice}` : ''}`,
		);
	}
	if (code !== undefined && RATE_LIMIT_CODES.has(code)) {
		const usage = readGraphApiUsage(response.headers);
		const regain =
			usage && usage.regainMinutes > 0
				? `; ${usage.header} says access returns in about ${usage.regainMinutes} minute${usage.regainMinutes === 1 ? '' : 's'}`
				: '';
		return reading(
			'rateLimit',
			`rate limited by Meta (code ${code})${regain}: poll less often, lower Recent Posts or Max Requests, and run again later`,
		);
	}
	if (code === 100 && subcode === 33) {
		return reading(
			'notFound',
			`the object does not exist or this token cannot see it: check ${needs.idSetting ? `the ${needs.idSetting} setting` : 'the ids in the settings'} and that the token belongs to an account with a role on it`,
		);
	}
	if (code === 100) {
		return reading(
			'invalid',
			`Meta refused the request's parameters: check ${needs.idSetting ? `the ${needs.idSetting} setting` : 'the ids in the settings'}; if it persists, Meta may have changed this edge in Graph API ${GRAPH_API_VERSION}`,
		);
	}
	if (code === 368)
		return reading(
			'blocked',
			'Meta has temporarily blocked this account for a policy violation: wait, then run again',
		);
	if (error.transient || (code !== undefined && TRANSIENT_CODES.has(code))) {
		return reading('transient', 'Meta reported a temporary problem: run again shortly', true);
	}
	return undefined;
}

function integer(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}
