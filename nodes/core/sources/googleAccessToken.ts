import { sign } from 'crypto';

import type { ServiceAccount } from './googleServiceAccount';
import { jsonBody, type HttpFetch, type HttpResponse } from './http';
import { asNonEmptyString, asOptionalCount, asString, path } from './itemFields';
import { requestWithRetry, type FailureReading, type SourceIdentity } from './requestWithRetry';
import type { SearchOptions } from './SearchOptions';
import { SourceError } from './SourceError';

export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

/** Google accepts an assertion for at most an hour. */
const ASSERTION_LIFETIME_S = 3600;
/** A token this close to its end is renewed first, so no request leaves with a token about to lapse. */
const RENEW_BEFORE_MS = 60_000;
const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export interface TokenOptions extends Pick<SearchOptions, 'sleep' | 'now' | 'retry' | 'secrets'> {
	/** The token endpoint; also the assertion's audience, as Google requires. */
	tokenUrl: string;
	/** Space-separated OAuth scopes. */
	scope: string;
	/** The source the token is for, named in errors. */
	source: SourceIdentity;
}

export interface AccessToken {
	token: string;
	expiresAtMs: number;
}

/**
 * The signed JWT a service account trades for an access token (RFC 7523, as Google documents for
 * server-to-server OAuth): RS256 over the header and claims, base64url without padding.
 */
export function serviceAccountAssertion(account: ServiceAccount, scope: string, audience: string, now: Date): string {
	const issuedAt = Math.floor(now.getTime() / 1000);
	const header = { alg: 'RS256', typ: 'JWT' };
	const claims = {
		iss: account.email,
		...(account.subject ? { sub: account.subject } : {}),
		scope,
		aud: audience,
		iat: issuedAt,
		exp: issuedAt + ASSERTION_LIFETIME_S,
	};
	const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
	const signature = sign('RSA-SHA256', Buffer.from(signingInput, 'utf8'), account.key).toString('base64url');
	return `${signingInput}.${signature}`;
}

/** Trades a fresh assertion for an access token at the token endpoint; both join the secrets to redact. */
export async function requestAccessToken(fetch: HttpFetch, account: ServiceAccount, options: TokenOptions): Promise<AccessToken> {
	const now = options.now ?? (() => new Date());
	const assertion = serviceAccountAssertion(account, options.scope, options.tokenUrl, now());
	options.secrets?.add(assertion);
	const identity: SourceIdentity = { name: options.source.name, displayName: 'Google sign-in', credentialDisplayName: 'Google Service Account API' };
	const response = await requestWithRetry(
		fetch,
		{
			method: 'POST',
			url: options.tokenUrl,
			headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
			body: new URLSearchParams({ grant_type: JWT_BEARER_GRANT, assertion }).toString(),
		},
		{ ...options.retry, source: identity, sleep: options.sleep, now, readFailure: readSignInFailure, secrets: options.secrets },
	);
	const body = jsonBody(response);
	const token = asNonEmptyString(path(body, 'access_token'));
	if (token === undefined) {
		throw new SourceError({
			source: options.source.name,
			status: response.status,
			message: `Google sign-in answered ${response.status} without an access token (POST ${options.tokenUrl})`,
			hint: 'check that nothing between n8n and Google rewrites the answer (a proxy), then run it again',
		});
	}
	options.secrets?.add(token);
	const lifetimeS = asOptionalCount(path(body, 'expires_in')) ?? ASSERTION_LIFETIME_S;
	return { token, expiresAtMs: now().getTime() + lifetimeS * 1000 };
}

/**
 * A fetch whose requests carry the service account's access token, fetched through the unsigned
 * `fetch` on first use and renewed shortly before it lapses.
 */
export function googleSignedFetch(fetch: HttpFetch, account: ServiceAccount, options: TokenOptions): HttpFetch {
	const now = options.now ?? (() => new Date());
	let token: AccessToken | undefined;
	let pending: Promise<AccessToken> | undefined;
	const validToken = async (): Promise<AccessToken> => {
		if (token && now().getTime() < token.expiresAtMs - RENEW_BEFORE_MS) return token;
		// One sign-in at a time; a failed one is not kept, so the next request tries again.
		pending ??= requestAccessToken(fetch, account, options).finally(() => (pending = undefined));
		token = await pending;
		return token;
	};
	return async (request) => {
		const { token: accessToken } = await validToken();
		return await fetch({ ...request, headers: { ...request.headers, authorization: `Bearer ${accessToken}` } });
	};
}

/**
 * The token endpoint's OAuth errors (`error`, `error_description`), read into what to change. None
 * is retried: a refused assertion is refused again.
 */
function readSignInFailure(response: HttpResponse): FailureReading | undefined {
	if (response.status !== 400 && response.status !== 401 && response.status !== 403) return undefined;
	const body = jsonBody(response);
	const code = asString(path(body, 'error')) ?? '';
	const description = (asString(path(body, 'error_description')) ?? '').toLowerCase();
	const credential = 'the Google Service Account API credential';
	if (code === 'unauthorized_client') {
		return {
			retryable: false,
			hint: `the service account may not act for the Impersonate a User email: turn Impersonate a User off in ${credential} (Play Console gives access to the service account itself)`,
		};
	}
	if (description.includes('timeframe') || description.includes('iat and exp')) {
		return { retryable: false, hint: 'Google refused the time in the sign-in: set the clock of the n8n host right (NTP) and run it again' };
	}
	if (description.includes('signature')) {
		return {
			retryable: false,
			hint: `the Private Key does not belong to the Service Account Email, or the key was deleted: create a new JSON key for the service account in Google Cloud (IAM & Admin → Service Accounts → Keys) and paste its client_email and private_key into ${credential}`,
		};
	}
	if (description.includes('email') || description.includes('account not found') || code === 'invalid_client') {
		return {
			retryable: false,
			hint: `Google does not know the Service Account Email: copy client_email from the service account's JSON key file into ${credential}`,
		};
	}
	return { retryable: false, hint: `Google refused the service account's sign-in: check the Service Account Email and Private Key in ${credential}` };
}

function base64url(text: string): string {
	return Buffer.from(text, 'utf8').toString('base64url');
}
