/**
 * Credential fields that hold secrets, across the credential types of this package (and n8n's
 * OAuth2 parent type). A test checks that every password or expirable field of the package's
 * credentials is listed here.
 */
export const SECRET_CREDENTIAL_FIELDS: readonly string[] = [
	'bearerToken',
	'accessToken',
	'appPassword',
	'accessJwt',
	'refreshJwt',
	'apiKey',
	'clientSecret',
	'privateKey',
];

/** What n8n stores after an OAuth2 token request. */
const SECRET_TOKEN_FIELDS = ['access_token', 'refresh_token', 'id_token'];

export const REDACTED = '[redacted]';

/**
 * The secrets of the credential in use, each kept in every spelling a server or a library can echo
 * it in: raw, percent-encoded (either hex case), percent-decoded, form-encoded, JSON-escaped and
 * base64 (standard, unpadded, URL-safe). Redaction by value finds a token wherever it appears, with
 * or without a "Bearer" in front of it.
 */
export class SecretValues {
	private readonly forms = new Set<string>();

	private longestFirst: string[] | undefined;

	add(value: unknown): void {
		if (typeof value !== 'string') return;
		for (const secret of new Set([value, value.trim()])) {
			if (secret.trim() === '') continue;
			for (const form of spellings(secret)) this.remember(form);
		}
	}

	/** HTTP Basic sends base64 of `id:secret` (Reddit's token request). */
	addBasicPair(id: unknown, secret: unknown): void {
		if (typeof id !== 'string' || typeof secret !== 'string' || secret.trim() === '') return;
		for (const form of base64Spellings(`${id}:${secret}`)) this.remember(form);
	}

	/** The secret fields of decrypted credential data, the OAuth2 tokens n8n keeps with it, and its Basic pair. */
	addCredential(data: Readonly<Record<string, unknown>>): void {
		for (const field of SECRET_CREDENTIAL_FIELDS) this.add(data[field]);
		const tokens = data.oauthTokenData;
		if (typeof tokens === 'object' && tokens !== null) {
			for (const field of SECRET_TOKEN_FIELDS) this.add((tokens as Record<string, unknown>)[field]);
		}
		this.addBasicPair(data.clientId, data.clientSecret);
	}

	/** Every known spelling replaced, longest first so a shorter spelling cannot split a longer one. */
	redact(text: string): string {
		this.longestFirst ??= [...this.forms].sort((a, b) => b.length - a.length);
		let out = text;
		for (const form of this.longestFirst) {
			if (out.includes(form)) out = out.split(form).join(REDACTED);
		}
		return out;
	}

	private remember(form: string): void {
		if (form === '' || this.forms.has(form)) return;
		this.forms.add(form);
		this.longestFirst = undefined;
	}
}

function spellings(secret: string): string[] {
	const encoded = encodeURIComponent(secret);
	const formEncoded = new URLSearchParams([['', secret]]).toString().slice(1);
	const json = JSON.stringify(secret).slice(1, -1);
	return [
		secret,
		encoded,
		lowerHex(encoded),
		formEncoded,
		lowerHex(formEncoded),
		encodeURI(secret),
		json,
		json.replace(/\//g, '\\/'),
		...percentDecoded(secret),
		...base64Spellings(secret),
	];
}

function base64Spellings(text: string): string[] {
	const standard = Buffer.from(text, 'utf8').toString('base64');
	return [standard, standard.replace(/=+$/, ''), Buffer.from(text, 'utf8').toString('base64url')];
}

function lowerHex(encoded: string): string {
	return encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
}

/** Tokens that already carry escapes (X's %2B, %3D) come back decoded from some servers. */
function percentDecoded(secret: string): string[] {
	if (!secret.includes('%')) return [];
	try {
		return [decodeURIComponent(secret)];
	} catch {
		return [];
	}
}
