/**
 * An @ that starts a word is how GitHub (@user, @org/team), Slack (@here, @channel, @user with
 * link_names) and chat tools notify people. It becomes a FULLWIDTH COMMERCIAL AT (＠, U+FF20): it reads
 * the same, survives copying and the invisible-character filter (a zero-width break would not), and no
 * tracker or chat tool treats it as a mention. Every @ that does not follow a letter, digit or underscore
 * changes, whatever comes next (`@<b>x` is not a mention once rendered, but needs no special case);
 * an @ inside a word (care@acme.example) is left alone.
 */
const MENTION_AT = /(?<![A-Za-z0-9_])@/g;
const FULLWIDTH_AT = '\uFF20';

export function neutraliseMentions(text: string): string {
	return text.replace(MENTION_AT, FULLWIDTH_AT);
}
