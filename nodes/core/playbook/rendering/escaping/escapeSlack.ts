import { isWebLink } from './isWebLink';
import { neutraliseMentions } from './neutraliseMentions';
import { removeInvisible } from './removeInvisible';
import { escapedLengths, truncate, TRUNCATED, truncateEscaped } from './truncate';

/** What Slack accepts: a section or context text object holds 3,000 characters, a message's `text` 40,000. */
export const SLACK_LIMITS = { textObject: 3_000, messageText: 40_000 };
const ESCAPED_LENGTH = escapedLengths({ '&': '&amp;', '<': '&lt;', '>': '&gt;' });

/**
 * The one way untrusted text enters Slack mrkdwn (message text and Block Kit fields): cut to what one
 * text object holds (so a megabyte post costs no more than a short one), invisible characters removed,
 * mentions (@here, @channel, @user) neutralised, control characters escaped.
 */
export function escapeSlack(text: string): string {
	// Slack reads `<...>` as control sequences (<!channel>, <@U1>, <http://evil|bank>); escaping these three
	// characters is what Slack documents.
	const fitting = truncateEscaped(text, SLACK_LIMITS.textObject, ESCAPED_LENGTH);
	const escaped = neutraliseMentions(removeInvisible(fitting.text))
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
	return fitting.cut ? `${escaped}${TRUNCATED}` : escaped;
}

/**
 * A post's URL as our own `<url|label>` link when it is a web link, otherwise just the escaped label. Slack
 * has no escape for `|`, so a label's own bars become broken bars (¦).
 */
export function slackLink(url: string, label: string): string {
	return isWebLink(url)
		? `<${slackUrl(url)}|${escapeSlack(label).replace(/\|/g, '¦')}>`
		: escapeSlack(label);
}

/** A URL inside Slack's <url|label> must not carry its own | or > (that is how link spoofing works), nor anything unprintable. */
function slackUrl(url: string): string {
	return removeInvisible(url)
		.replace(/[|<>]|[^\x21-\x7E]/gu, (ch) => encodeURIComponent(ch))
		.replace(/&/g, '&amp;');
}

/** Built mrkdwn cut to `max` characters, never inside an entity (`&amp;`) or one of our `<url|label>` links. */
export function capSlack(mrkdwn: string, max: number): string {
	return truncate(mrkdwn, max, (text, end) => {
		const entity = text.lastIndexOf('&', end - 1);
		if (entity >= 0 && end - entity < 5 && text.indexOf(';', entity) >= end) end = entity;
		const link = text.lastIndexOf('<', end - 1);
		return link >= 0 && text.lastIndexOf('>', end - 1) < link ? link : end;
	});
}
