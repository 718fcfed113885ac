// Slack reads `<...>` as control sequences (<!channel>, <@U1>, <http://evil|bank>); escaping the three
// characters below is what Slack documents. Bare @here/@channel/@everyone can still notify when the
// message is posted with link_names, so a zero-width joiner breaks the word without changing its look.
const CONTROL = /[&<>]/g;
const CONTROL_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const BROADCAST = /([@!])(here|channel|everyone)\b/gi;
const ZERO_WIDTH_JOINER = '\u2060';

/** User text placed into Slack mrkdwn (message text or Block Kit mrkdwn/plain_text fields). */
export function escapeSlack(text: string): string {
	return text
		.replace(CONTROL, (ch) => CONTROL_ENTITIES[ch])
		.replace(BROADCAST, (_match, sigil: string, word: string) => `${sigil}${ZERO_WIDTH_JOINER}${word}`);
}
