/**
 * Google Alerts wraps every link in a redirect (`https://www.google.com/url?…&url=<real>&…`);
 * the mention should point at the article itself.
 */
export function feedEntryUrl(link: string | undefined): string | undefined {
	const trimmed = link?.trim();
	if (!trimmed) return undefined;
	const redirect = /^https?:\/\/(www\.)?google\.[a-z.]+\/url\?(.*)$/i.exec(trimmed);
	if (!redirect) return trimmed;
	const target = new URLSearchParams(redirect[2]).get('url') ?? new URLSearchParams(redirect[2]).get('q');
	return target && /^https?:\/\//i.test(target) ? target : trimmed;
}
