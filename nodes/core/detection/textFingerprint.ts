/** 32-bit FNV-1a, written out in base 36: short enough to keep thousands in a workflow's static data. */
export function shortHash(value: string): string {
	let hash = 0x811c9dc5;
	for (let index = 0; index < value.length; index++) {
		hash ^= value.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36);
}

/**
 * The text stripped of what differs between reposts of the same complaint: a retweet prefix, links,
 * case, punctuation and spacing. Two mentions with the same fingerprint count once.
 */
export function normaliseForDuplicates(text: string): string {
	return text
		.toLowerCase()
		.replace(/^\s*(?:rt|repost|via)\s*@[\w.]+:?\s*/u, '')
		.replace(/\bhttps?:\/\/\S+/gu, ' ')
		.replace(/\bwww\.\S+/gu, ' ')
		.replace(/\s(?:rt|via)\s+@[\w.]+\s*$/u, ' ')
		.replace(/[^\p{L}\p{N}@#]+/gu, ' ')
		.trim();
}

/** Fingerprint of a mention's text within one brand; empty text has none. */
export function textFingerprint(brandKey: string, text: string): string | undefined {
	const normalised = normaliseForDuplicates(text);
	return normalised === '' ? undefined : shortHash(`${brandKey}\n${normalised}`);
}
