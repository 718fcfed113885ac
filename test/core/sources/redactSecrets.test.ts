import fs from 'node:fs';
import path from 'node:path';
import type { ICredentialType } from 'n8n-workflow';

import { redactSecrets } from '../../../nodes/core/sources/redactSecrets';
import { SECRET_CREDENTIAL_FIELDS, SecretValues } from '../../../nodes/core/sources/SecretValues';

// Shaped like an X app-only bearer token: it already carries %2B and %3D.
const X_TOKEN =
	'AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4Xs';
const WITH_SPACE = 'pass word/with+plus=';

function secretsOf(...values: string[]): SecretValues {
	const secrets = new SecretValues();
	for (const value of values) secrets.add(value);
	return secrets;
}

describe('redactSecrets by value', () => {
	it.each([
		['raw, without the word Bearer', `token ${X_TOKEN} is not valid`, X_TOKEN],
		['after Bearer, %2B and %3D included', `Authorization: Bearer ${X_TOKEN} rejected`, X_TOKEN],
		['percent-encoded', `token=${encodeURIComponent(X_TOKEN)}`, X_TOKEN],
		[
			'percent-encoded with lower-case hex',
			`t:${encodeURIComponent(X_TOKEN).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())}`,
			X_TOKEN,
		],
		['percent-decoded by the server', `got ${decodeURIComponent(X_TOKEN)}`, X_TOKEN],
		['base64', `b=${Buffer.from(X_TOKEN).toString('base64')}`, X_TOKEN],
		[
			'base64 without padding',
			`b=${Buffer.from(X_TOKEN).toString('base64').replace(/=+$/, '')}!`,
			X_TOKEN,
		],
		['base64url', `b=${Buffer.from(X_TOKEN).toString('base64url')}`, X_TOKEN],
		[
			'form-encoded, space as +',
			`password=${new URLSearchParams({ p: WITH_SPACE }).toString().slice(2)}`,
			WITH_SPACE,
		],
		[
			'JSON-escaped with \\/',
			`{"p":${JSON.stringify(WITH_SPACE).replace(/\//g, '\\/')}}`,
			WITH_SPACE,
		],
	])('removes a secret echoed %s', (_label, text, secret) => {
		const redacted = redactSecrets(text, secretsOf(secret));
		expect(redacted).toContain('[redacted]');
		for (const form of [
			secret,
			encodeURIComponent(secret),
			Buffer.from(secret).toString('base64').replace(/=+$/, ''),
		]) {
			expect(redacted).not.toContain(form);
		}
		// No tail of the secret survives either (the old pattern stopped at the first %).
		expect(redacted).not.toContain(secret.slice(-12));
	});

	it('removes the base64 of an id:secret pair (HTTP Basic on a token request)', () => {
		const secrets = new SecretValues();
		secrets.addBasicPair('crisis-desk-app', 's3cr3t-client');
		const basic = Buffer.from('crisis-desk-app:s3cr3t-client').toString('base64');
		expect(redactSecrets(`header was ${basic} and Basic ${basic}`, secrets)).toBe(
			'header was [redacted] and Basic [redacted]',
		);
	});

	it('reads the secret fields of a credential, its OAuth tokens and its Basic pair, and nothing public', () => {
		const secrets = new SecretValues();
		secrets.addCredential({
			baseUrl: 'https://oauth.reddit.com',
			clientId: 'crisis-desk-app',
			clientSecret: 'client-secret-1',
			scope: 'read',
			authentication: 'header',
			oauthTokenData: {
				access_token: 'issued-token-1',
				refresh_token: 'refresh-1',
				token_type: 'bearer',
			},
		});
		const text =
			'https://oauth.reddit.com read header bearer crisis-desk-app client-secret-1 issued-token-1 refresh-1';
		expect(redactSecrets(text, secrets)).toBe(
			'https://oauth.reddit.com read header bearer crisis-desk-app [redacted] [redacted] [redacted]',
		);
		expect(
			redactSecrets(Buffer.from('crisis-desk-app:client-secret-1').toString('base64'), secrets),
		).toBe('[redacted]');
	});

	it('ignores empty secrets (a Mastodon credential without a token)', () => {
		const secrets = secretsOf('', '   ');
		expect(redactSecrets('nothing to hide here', secrets)).toBe('nothing to hide here');
	});

	it('every password or expirable field of every credential in the package is a secret field', () => {
		const directory = path.join(__dirname, '../../../credentials');
		const files = fs.readdirSync(directory).filter((name) => name.endsWith('.credentials.ts'));
		expect(files.length).toBeGreaterThanOrEqual(5);
		for (const file of files) {
			const exported = require(path.join(directory, file)) as Record<
				string,
				new () => ICredentialType
			>;
			for (const Type of Object.values(exported)) {
				for (const property of new Type().properties) {
					const secret =
						property.typeOptions?.password === true || property.typeOptions?.expirable === true;
					if (secret)
						expect([file, SECRET_CREDENTIAL_FIELDS.includes(property.name)]).toEqual([file, true]);
				}
			}
		}
	});
});

describe('redactSecrets by pattern (tokens the credential does not hold)', () => {
	it('removes a whole bearer token that carries percent escapes', () => {
		expect(redactSecrets(`Authorization: Bearer ${X_TOKEN}, try again`)).toBe(
			'Authorization: Bearer [redacted], try again',
		);
	});

	it('still removes keys in query strings and JWTs', () => {
		const text = redactSecrets(
			'GET /v3/x?part=snippet&key=AIzaSyA123 {"accessJwt":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig"} at eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln',
		);
		expect(text).not.toMatch(/AIzaSyA123|eyJhbGci/);
		expect(text).toContain('key=[redacted]');
	});
});
