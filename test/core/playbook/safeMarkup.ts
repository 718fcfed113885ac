/**
 * Checks that rendered output carries no markup a user could have injected. Each checker knows the
 * markup our own renderers legitimately write and fails on anything else that would be live.
 */

/** CommonMark backslash escapes (a backslash before ASCII punctuation), read back as the plain character. */
export function unescapeMarkdown(markdown: string): string {
	return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** HTML: only the listed tags (without attributes); no other tag, quote or bare ampersand. */
export function expectSafeHtml(html: string, allowedTags: string[]): void {
	const allowed = new RegExp(`</?(${allowedTags.join('|') || '(?!)'})>`, 'g');
	const rest = html.replace(allowed, '');
	expect(rest).not.toMatch(/[<>"']/);
	expect(rest.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
}

/**
 * Slack mrkdwn: every `<…>` is one of our links `<https://…|label>` with a label we chose; no
 * broadcast (@here, @channel, @everyone) survives; ampersands only start the three Slack entities.
 */
export function expectSafeSlack(text: string, allowedLabels: string[]): void {
	for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
		const link = /<https?:\/\/[^|<>\s]+\|([^<>|]*)>/y;
		link.lastIndex = at;
		const match = link.exec(text);
		expect({ at, sequence: text.slice(at, at + 60), link: match !== null }).toEqual({ at, sequence: text.slice(at, at + 60), link: true });
		expect(allowedLabels).toContain((match as RegExpExecArray)[1]);
	}
	expect(text).not.toMatch(/@(here|channel|everyone)\b/i);
	expect(text.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
}

/**
 * Markdown: no raw HTML or autolink, no image, and no link except our own `[link](http…)` ones.
 * Escaped characters are set aside first: they render as plain text.
 */
export function expectSafeMarkdown(markdown: string, ownLinkLabels: string[]): void {
	const unescapedOnly = markdown.replace(/\\[!-/:-@[-`{-~]/g, '');
	const withoutOwnLinks = ownLinkLabels.reduce(
		(text, label) => text.split(new RegExp(`\\[${label}\\]\\(https?://[^\\s()<>\\\\]*\\)`)).join(''),
		unescapedOnly,
	);
	expect(withoutOwnLinks).not.toMatch(/[<[\]]/);
}
