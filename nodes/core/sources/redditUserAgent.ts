import { FieldError } from '../errors/FieldError';
import { PACKAGE_VERSION } from './packageVersion';

/** Reddit's required form is `<platform>:<app ID>:<version> (by /u/<reddit username>)`. */
const REDDIT_APP = `n8n:n8n-nodes-crisis-desk:${PACKAGE_VERSION}`;
/** Reddit usernames: 3 to 20 letters, digits, `_` or `-` (and nothing a header could be split with). */
const REDDIT_USERNAME = /^[A-Za-z0-9_-]{3,20}$/;

/**
 * The User-Agent Reddit asks every client for, naming the Reddit user to contact when one is given
 * (`acme_social`, `u/acme_social` and `/u/acme_social` all mean the same user).
 */
export function redditUserAgent(username?: string): string {
	const name = bareUsername(username);
	if (name === undefined) return REDDIT_APP;
	if (!REDDIT_USERNAME.test(name)) {
		throw new FieldError(
			'redditUsername',
			`${JSON.stringify(name)} is not a Reddit username (3 to 20 letters, digits, _ or -)`,
		);
	}
	return `${REDDIT_APP} (by /u/${name})`;
}

function bareUsername(username: string | undefined): string | undefined {
	const trimmed = username?.trim() ?? '';
	const bare = trimmed.toLowerCase().startsWith('/u/')
		? trimmed.slice(3)
		: trimmed.toLowerCase().startsWith('u/')
			? trimmed.slice(2)
			: trimmed;
	return bare === '' ? undefined : bare;
}
