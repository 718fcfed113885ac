import { sign } from 'crypto';

import { apiErrorMessage } from './apiErrorMessage';
import { readServiceAccount, type ServiceAccount } from './googleServiceAccount';
import { jsonBody, type HttpFetch, type HttpResponse } from './http';
import { asNonEmptyString, asString, path } from './itemFields';
import { SecretValues } from './SecretValues';

export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

/** Google accepts an assertion for at most an hour. */
const ASSERTION_LIFETIME_S = 3600;
const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/**
 * The signed JWT a service account trades for an access token (RFC 7523, as Google documents for
 * server-to-server OAuth): RS256 over the header and claims, base64url without padding.
 */
export function serviceAccountAssertion(
	account: ServiceAccount,
	scope: string,
	audience: string,
	now: Date,
): string {
	const issuedAt = Math.floor(now.getTime() / 1000);
	const header = { alg: 'RS256', typ: 'JWT' };
	const claims = {
		iss: account.email,
		scope,
		aud: audience,
		iat: issuedAt,
		exp: issuedAt + ASSERTION_LIFETIME_S,
	};
	const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
	const signature = sign('RSA-SHA256', Buffer.from(signingInput, 'utf8'), account.key).toString(
		'base64url',
	);
	return `${signingInput}.${signature}`;
}

/**
 * Signs the credential's service account in at its Token URL (Google's when blank, also the
 * assertion's audience, as Google requires) and returns the access token. `fetch` must not follow
 * redirects: the assertion goes to the Token URL only. A refusal throws in words, with what to change,
 * holding neither the key nor the assertion.
 */
export async function serviceAccountAccessToken(
	fetch: HttpFetch,
	values: Readonly<Record<string, unknown>>,
	options: { scope: string; now?: Date },
): Promise<string> {
	const account = readServiceAccount(values);
	const tokenUrl =
		(typeof values.tokenUrl === 'string' && values.tokenUrl.trim()) || GOOGLE_TOKEN_URL;
	if (!/^https?:\/\//i.test(tokenUrl) || !URL.canParse(tokenUrl)) {
		throw new Error(
			`The Token URL is not an http(s) address: leave it at ${GOOGLE_TOKEN_URL} unless a gateway stands in front of Google`,
		);
	}
	const assertion = serviceAccountAssertion(
		account,
		options.scope,
		tokenUrl,
		options.now ?? new Date(),
	);
	const secrets = new SecretValues();
	secrets.addCredential(values);
	secrets.add(assertion);
	const response = await fetch({
		method: 'POST',
		url: tokenUrl,
		headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
		body: new URLSearchParams({ grant_type: JWT_BEARER_GRANT, assertion }).toString(),
	});
	const token =
		response.status === 200
			? asNonEmptyString(path(jsonBody(response), 'access_token'))
			: undefined;
	if (token !== undefined) return token;
	throw new Error(signInRefusal(response, secrets));
}

/** The token endpoint's answer (`error`, `error_description`) read into what happened and what to change. */
function signInRefusal(response: HttpResponse, secrets: SecretValues): string {
	const { status } = response;
	if (status === 200) {
		return 'Google answered the sign-in (200) without an access token. Check the Token URL, and that no proxy between n8n and Google rewrites the answer';
	}
	if (status >= 300 && status < 400) {
		return `Google's sign-in answered ${status}, a redirect, which is not followed. Put the token endpoint's own address in Token URL`;
	}
	const body = jsonBody(response);
	const words = apiErrorMessage(body, secrets);
	// Google ends its descriptions with a full stop; the sentence goes on after them.
	const said = words ? `: ${words.endsWith('.') ? words.slice(0, -1) : words}` : '';
	if (status !== 400 && status !== 401 && status !== 403)
		return `Google's sign-in answered ${status}${said}. Run it again later`;
	return `Google refused the service account's sign-in (${status})${said}. ${refusalAdvice(body)}`;
}

function refusalAdvice(body: unknown): string {
	const code = asString(path(body, 'error')) ?? '';
	const description = (asString(path(body, 'error_description')) ?? '').toLowerCase();
	if (description.includes('timeframe') || description.includes('iat and exp')) {
		return 'Google refused the time in the sign-in: set the clock of the n8n host right (NTP)';
	}
	if (description.includes('signature')) {
		return 'The Private Key does not belong to the Service Account Email, or the key was deleted: create a new JSON key (Google Cloud → IAM & Admin → Service Accounts → Keys) and paste it';
	}
	if (
		description.includes('email') ||
		description.includes('account not found') ||
		code === 'invalid_client'
	) {
		return "Google does not know the Service Account Email: copy client_email from the service account's JSON key file";
	}
	return 'Check the Service Account Email and the Private Key';
}

function base64url(text: string): string {
	return Buffer.from(text, 'utf8').toString('base64url');
}
