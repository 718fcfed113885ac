import { createPrivateKey, type KeyObject } from 'crypto';

/** A Google service account as the Crisis Desk Google Play API credential holds it. */
export interface ServiceAccount {
	email: string;
	key: KeyObject;
}

const PEM_LINE = 64;

/**
 * Reads the credential's Service Account Email and Private Key. The key is accepted as pasted from the
 * JSON key file: with `\n` escapes, on one line, or the whole JSON file (whose `client_email` is then
 * used when the email is blank). A value that cannot be used throws what to paste instead, never
 * repeating the key.
 */
export function readServiceAccount(values: Readonly<Record<string, unknown>>): ServiceAccount {
	const pasted = typeof values.privateKey === 'string' ? values.privateKey.trim() : '';
	const keyFile = pasted.startsWith('{') ? jsonKeyFile(pasted) : undefined;
	const email =
		(typeof values.email === 'string' && values.email.trim()) || keyFile?.clientEmail || '';
	if (!email.includes('@'))
		throw unusable(
			'The Service Account Email is missing',
			"copy client_email from the service account's JSON key file",
		);
	return { email, key: privateKey(keyFile?.privateKey ?? pasted) };
}

/** The Private Key field holding the whole downloaded key file instead of its private_key value. */
function jsonKeyFile(text: string): { privateKey?: string; clientEmail?: string } | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (typeof parsed !== 'object' || parsed === null) return undefined;
	const { private_key: privateKeyValue, client_email: clientEmail } = parsed as Record<
		string,
		unknown
	>;
	return {
		...(typeof privateKeyValue === 'string' ? { privateKey: privateKeyValue } : {}),
		...(typeof clientEmail === 'string' && clientEmail.trim() !== ''
			? { clientEmail: clientEmail.trim() }
			: {}),
	};
}

function privateKey(text: string): KeyObject {
	const howTo =
		"paste the private_key value of the service account's JSON key file, from -----BEGIN PRIVATE KEY----- to -----END PRIVATE KEY-----, or the whole JSON key file";
	if (text === '') throw unusable('The Private Key is missing', howTo);
	let key: KeyObject;
	try {
		key = createPrivateKey({ key: normalisedPem(text), format: 'pem' });
	} catch {
		// The library's reason is dropped: the only thing worth saying is that the key is not readable.
		throw unusable('The Private Key is not a readable PEM private key', howTo);
	}
	if (key.asymmetricKeyType !== 'rsa') {
		throw unusable(
			`The Private Key is a ${key.asymmetricKeyType ?? 'non-RSA'} key, not the RSA key Google issues for service accounts`,
			howTo,
		);
	}
	return key;
}

/**
 * PEM with real line breaks: the key as stored in JSON carries `\n` escapes, and a key pasted into a
 * one-line field has spaces where its line breaks were.
 */
function normalisedPem(text: string): string {
	const unescaped = text.split('\\n').join('\n').trim();
	const headerEnd = unescaped.startsWith('-----BEGIN ')
		? unescaped.indexOf('-----', '-----BEGIN '.length)
		: -1;
	const footerStart = unescaped.lastIndexOf('-----END ');
	if (headerEnd < 0 || footerStart <= headerEnd) return unescaped;
	const header = unescaped.slice(0, headerEnd + 5);
	const footer = unescaped.slice(footerStart);
	const body = unescaped
		.slice(headerEnd + 5, footerStart)
		.split(/\s/)
		.join('');
	const lines: string[] = [];
	for (let at = 0; at < body.length; at += PEM_LINE) lines.push(body.slice(at, at + PEM_LINE));
	return [header, ...lines, footer].join('\n');
}

/** Thrown from the credential's sign-in: n8n shows its message in the credential test and the node's error. */
function unusable(what: string, hint: string): Error {
	return new Error(`${what}: ${hint}`);
}
