/**
 * Texts built to be slow or to break a parser, each grown to a wanted size by repeating a unit: the ones
 * the security review found (issue 11) and more of the same kind. Every text starts with the brand
 * keyword, so that sources keep the post and every later step sees it.
 */
export interface HostileText {
	name: string;
	/** A text of about `bytes` UTF-8 bytes. */
	make: (bytes: number) => string;
}

const KEYWORD = 'Acme ';

/** `unit` repeated until the text holds about `bytes` UTF-8 bytes, after `prefix` and before `suffix`. */
export function grow(unit: string, bytes: number, prefix = KEYWORD, suffix = ''): string {
	const unitBytes = Buffer.byteLength(unit);
	const fixed = Buffer.byteLength(prefix) + Buffer.byteLength(suffix);
	return prefix + unit.repeat(Math.max(1, Math.ceil((bytes - fixed) / unitBytes))) + suffix;
}

function hostile(name: string, unit: string, suffix = ''): HostileText {
	return { name, make: (bytes) => grow(unit, bytes, KEYWORD, suffix) };
}

/** Unclosed markup that made the old tag stripper rescan the rest of the text at every `<`. */
export const MARKUP_TEXTS: readonly HostileText[] = [
	hostile('<p × N + <br>', '<p ', '<br>'),
	hostile('&lt;p × N + &lt;br&gt;', '&lt;p ', '&lt;br&gt;'),
	hostile('<![CDATA[<p × N', '<![CDATA[<p ', ']]>'),
	hostile('<!-- × N', '<!-- '),
	hostile('<a href=" × N', '<a href="'),
	hostile('<script> × N', '<script>'),
	hostile('<div> × N (deep nesting)', '<div>'),
	hostile('&#x / &amp fragments × N', '&#x1F&amp&#'),
];

/** Plain texts that are hard on tokenizers, scorers and escapers. */
export const PLAIN_TEXTS: readonly HostileText[] = [
	hostile('one very long word', 'a'),
	hostile('negators × N', 'not '),
	hostile('zero-width and bidi flood', '\u200b\u202e\u2066\u200d\ufeff'),
	hostile('emoji × N', '😡'),
	hostile('repeated phrase prefixes', 'still still waiting never never again '),
	hostile(
		'chat and Markdown injections × N',
		'<!channel> @here [Acme](https://evil.example) *_~` <@U024BE7LH> ',
	),
	hostile('handles and links × N', '@acme https://x.example/a?b=c '),
];

export const ALL_TEXTS: readonly HostileText[] = [...MARKUP_TEXTS, ...PLAIN_TEXTS];

/** `{"error":{"error":…}}` nested until the text holds about `bytes` bytes, as an API error body's raw text. */
export function nestedErrorJson(bytes: number): string {
	const depth = Math.max(1, Math.floor(bytes / 11));
	return `${'{"error":'.repeat(depth)}"deep"${'}'.repeat(depth)}`;
}

/** The same nesting as a parsed value, built without recursion. */
export function nestedErrorValue(bytes: number): unknown {
	const depth = Math.max(1, Math.floor(bytes / 11));
	let value: unknown = 'deep';
	for (let level = 0; level < depth; level++) value = { error: value };
	return value;
}
