import { apiErrorMessage } from '../../../nodes/core/sources/apiErrorMessage';
import { SecretValues } from '../../../nodes/core/sources/SecretValues';

function nested(depth: number, inner: unknown): unknown {
	let body = inner;
	for (let level = 0; level < depth; level++) body = { error: body };
	return body;
}

const SECRET = 'AAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2Xz';

describe('apiErrorMessage', () => {
	it('reads the shapes of X, Mastodon, Google and Bluesky', () => {
		expect(
			apiErrorMessage({ title: 'Unauthorized', detail: 'Unauthorized', type: 'about:blank' }),
		).toBe('Unauthorized');
		expect(apiErrorMessage({ error: 'The access token is invalid' })).toBe(
			'The access token is invalid',
		);
		expect(
			apiErrorMessage({
				error: {
					code: 403,
					message:
						'The request cannot be completed because you have exceeded your <a href="/q">quota</a>.',
				},
			}),
		).toBe('The request cannot be completed because you have exceeded your quota.');
		expect(apiErrorMessage({ errors: [{ message: 'Invalid query' }] })).toBe('Invalid query');
		expect(apiErrorMessage('<html><body>Bad gateway</body></html>')).toBeUndefined();
	});

	it('never overflows the stack on a deeply nested body (180 KB of {"error":{…}})', () => {
		const text = `${'{"error":'.repeat(20_000)}{"message":"deep"}${'}'.repeat(20_000)}`;
		expect(text.length).toBeGreaterThan(180_000);
		expect(() => apiErrorMessage(JSON.parse(text))).not.toThrow();
		expect(apiErrorMessage(nested(20_000, { message: 'deep' }))).toBeUndefined();
	});

	it('still reads a message a few levels down', () => {
		expect(apiErrorMessage(nested(3, { message: 'three levels down' }))).toBe('three levels down');
	});

	it('never overflows on a deeply nested errors[] chain', () => {
		let body: unknown = { message: 'deep' };
		for (let level = 0; level < 20_000; level++) body = { errors: [body] };
		expect(() => apiErrorMessage(body)).not.toThrow();
	});

	it('caps what it returns, however long the message', () => {
		const message = apiErrorMessage({ message: `${'word '.repeat(60_000)}end` });
		expect(message?.length).toBeLessThanOrEqual(301);
		expect(message?.endsWith('…')).toBe(true);
	});

	it('redacts the secrets of the credential in use before it shortens the text, so no part of one is left', () => {
		const secrets = new SecretValues();
		secrets.add(SECRET);
		for (let offset = 280; offset < 300; offset++) {
			const message = apiErrorMessage({ detail: `${'a'.repeat(offset)}${SECRET}` }, secrets) ?? '';
			expect(message).not.toContain(SECRET.slice(0, 6));
		}
	});

	it('redacts a secret echoed raw, percent-encoded and in base64', () => {
		const secrets = new SecretValues();
		secrets.add(SECRET);
		const body = {
			detail: `got ${SECRET}, ${encodeURIComponent(SECRET)} and ${Buffer.from(SECRET).toString('base64')}`,
		};
		expect(apiErrorMessage(body, secrets)).toBe('got [redacted], [redacted] and [redacted]');
	});

	it('redacts a secret that the body spells with HTML entities', () => {
		const secrets = new SecretValues();
		secrets.add('tok+en/secret=');
		expect(apiErrorMessage({ error: 'bad tok&#43;en&#x2F;secret&#61;' }, secrets)).toBe(
			'bad [redacted]',
		);
	});
});
