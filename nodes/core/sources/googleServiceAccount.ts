import { createPrivateKey, type KeyObject } from 'crypto';

import type { SourceIdentity } from './requestWithRetry';
import { SourceError } from './SourceError';

/** A Google service account as n8n's "Google Service Account API" credential (`googleApi`) holds it. */
export interface ServiceAccount {
	email: string;
	key: KeyObject;
	/** The Workspace user the account acts for (domain-wide delegation); absent when it acts as itself. */
	subject?: string;
	/** The key file's `token_uri`, where Google's own client libraries sign in, when the whole file was pasted. */
	tokenUrl?: string;
}

const PEM_LINE = 64;

/**
 * Reads the credential's Service Account Email, Private Key and, when Impersonate a User is on,
 * the delegated Email (n8n spells the switch `inpersonate`). The key is accepted as pasted from the
 * JSON key file: with `\n` escapes, on one line, or the whole JSON file (whose `client_email` and
 * `token_uri` are then used too, as Google's client libraries use them). No error repeats the key.
 */
export function readServiceAccount(values: Readonly<Record<string, unknown>>, source: SourceIdentity): ServiceAccount {
	const pasted = typeof values.privateKey === 'string' ? values.privateKey.trim() : '';
	const keyFile = pasted.startsWith('{') ? jsonKeyFile(pasted) : undefined;
	const email = (typeof values.email === 'string' && values.email.trim()) || keyFile?.clientEmail || '';
	if (!email.includes('@')) {
		throw credentialError(source, 'has no Service Account Email', 'copy client_email from the service account\'s JSON key file');
	}
	const key = privateKey(keyFile?.privateKey ?? pasted, source);
	const delegated = typeof values.delegatedEmail === 'string' ? values.delegatedEmail.trim() : '';
	if (keyFile?.tokenUrl !== undefined && !/^https?:\/\//i.test(keyFile.tokenUrl)) {
		throw credentialError(source, 'holds a key file whose token_uri is not an http(s) URL', 'paste the JSON key file as Google Cloud gave it, or only its private_key value');
	}
	return {
		email,
		key,
		...(values.inpersonate === true && delegated !== '' ? { subject: delegated } : {}),
		...(keyFile?.tokenUrl !== undefined ? { tokenUrl: keyFile.tokenUrl } : {}),
	};
}

/** The Private Key field holding the whole downloaded key file instead of its private_key value. */
function jsonKeyFile(text: string): { privateKey?: string; clientEmail?: string; tokenUrl?: string } | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (typeof parsed !== 'object' || parsed === null) return undefined;
	const { private_key: privateKeyValue, client_email: clientEmail, token_uri: tokenUri } = parsed as Record<string, unknown>;
	return {
		...(typeof privateKeyValue === 'string' ? { privateKey: privateKeyValue } : {}),
		...(typeof clientEmail === 'string' && clientEmail.trim() !== '' ? { clientEmail: clientEmail.trim() } : {}),
		...(typeof tokenUri === 'string' && tokenUri.trim() !== '' ? { tokenUrl: tokenUri.trim() } : {}),
	};
}

function privateKey(text: string, source: SourceIdentity): KeyObject {
	const howTo = 'paste the private_key value of the service account\'s JSON key file, from -----BEGIN PRIVATE KEY----- to -----END PRIVATE KEY-----';
	if (text === '') throw credentialError(source, 'has no Private Key', howTo);
	let key: KeyObject;
	try {
		key = createPrivateKey({ key: normalisedPem(text), format: 'pem' });
	} catch {
		// The library's reason is dropped: the only thing worth saying is that the key is not readable.
		throw credentialError(source, 'has a Private Key that is not a readable PEM private key', howTo);
	}
	if (key.asymmetricKeyType !== 'rsa') {
		throw credentialError(source, `has a ${key.asymmetricKeyType ?? 'non-RSA'} private key, not the RSA key Google issues for service accounts`, howTo);
	}
	return key;
}

/**
 * PEM with real line breaks: the key as stored in JSON carries `\n` escapes, and a key pasted into a
 * one-line field has spaces where its line breaks were.
 */
function normalisedPem(text: string): string {
	const unescaped = text.split('\\n').join('\n').trim();
	const headerEnd = unescaped.startsWith('-----BEGIN ') ? unescaped.indexOf('-----', '-----BEGIN '.length) : -1;
	const footerStart = unescaped.lastIndexOf('-----END ');
	if (headerEnd < 0 || footerStart <= headerEnd) return unescaped;
	const header = unescaped.slice(0, headerEnd + 5);
	const footer = unescaped.slice(footerStart);
	const body = unescaped.slice(headerEnd + 5, footerStart).split(/\s/).join('');
	const lines: string[] = [];
	for (let at = 0; at < body.length; at += PEM_LINE) lines.push(body.slice(at, at + PEM_LINE));
	return [header, ...lines, footer].join('\n');
}

function credentialError(source: SourceIdentity, what: string, hint: string): SourceError {
	const credential = source.credentialDisplayName ?? `${source.displayName} API`;
	return new SourceError({ source: source.name, status: 0, message: `the ${credential} credential ${what}`, hint });
}
