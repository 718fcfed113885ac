/** Only absolute http(s) URLs become links; a javascript: or data: URL from a post stays out of rendered markup. */
export function isWebLink(url: string): boolean {
	return /^https?:\/\/[^\s]+$/i.test(url);
}
