import { absoluteHttpUrl } from '../mention/absoluteHttpUrl';

/** Google's redirect host (`www.google.com`, `google.com.tr`, …) and the path that carries the target. */
const GOOGLE_HOST = /^(www\.)?google\.[a-z.]+$/;

/**
 * The page a feed entry points at: its link resolved against `base` (the `xml:base` in effect, else the
 * feed's URL) by WHATWG URL rules, kept only as an absolute http(s) URL. Google Alerts wraps every link in
 * a redirect (`https://www.google.com/url?…&url=<real>&…`); the mention should point at the article itself.
 */
export function feedEntryUrl(
	link: string | undefined,
	base: string | undefined,
): string | undefined {
	const resolved = resolveLink(link, base);
	if (!resolved) return undefined;
	const url = absoluteHttpUrl(resolved.href);
	if (!url) return undefined;
	if (!GOOGLE_HOST.test(resolved.hostname) || resolved.pathname !== '/url') return url;
	return absoluteHttpUrl(resolved.searchParams.get('url') ?? resolved.searchParams.get('q')) ?? url;
}

/** The scheme a link resolves to (`ftp:`), for a skip reason that does not repeat the whole link. */
export function linkScheme(link: string | undefined, base: string | undefined): string | undefined {
	return resolveLink(link, base)?.protocol;
}

function resolveLink(link: string | undefined, base: string | undefined): URL | undefined {
	const trimmed = link?.trim();
	if (!trimmed) return undefined;
	try {
		return new URL(trimmed, base);
	} catch {
		return undefined;
	}
}
