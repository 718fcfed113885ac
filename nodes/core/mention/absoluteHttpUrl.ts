/** Longer than any link a post or feed entry needs; a longer one is refused rather than carried around. */
const MAX_URL_CHARS = 8_192;
const WEB_SCHEME = /^https?:\/\//i;
/** Spaces and control characters: a browser would drop or reinterpret them, so the link would not be what it shows. */
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f]/;

/**
 * The URL as a browser reads it (`URL.href`: lower-case scheme and host, unsafe characters percent-encoded)
 * when it is an absolute http(s) URL with a host and no user name or password; otherwise undefined.
 * `javascript:`, `data:`, `vbscript:`, relative and scheme-relative links never pass.
 */
export function absoluteHttpUrl(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const trimmed = value.trim();
	if (trimmed.length > MAX_URL_CHARS || !WEB_SCHEME.test(trimmed) || CONTROL_OR_SPACE.test(trimmed))
		return undefined;
	let url: URL;
	try {
		url = new URL(trimmed);
	} catch {
		return undefined;
	}
	if (
		(url.protocol !== 'http:' && url.protocol !== 'https:') ||
		url.hostname === '' ||
		url.username !== '' ||
		url.password !== ''
	)
		return undefined;
	return url.href;
}
