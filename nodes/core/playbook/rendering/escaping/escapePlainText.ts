import { neutraliseMentions } from './neutraliseMentions';
import { removeInvisible } from './removeInvisible';
import { truncate } from './truncate';

/** Longest text a public reply or direct message takes anywhere we reply (Reddit, YouTube, X DMs). */
const PLAIN_TEXT_LIMIT = 10_000;
/** A value filled into a public reply (an author, a brand, a channel name). */
const REPLY_VALUE_LIMIT = 200;

const WHITESPACE_RUN = /\s+/g;

/**
 * Plain text that must stay one line (a ticket title, an e-mail subject, where a line break could start a
 * header of its own): invisible characters removed, whitespace runs made one space, mentions neutralised, capped.
 */
export function escapeTitle(text: string, max: number): string {
	return truncate(neutraliseMentions(flatten(text, max)), max);
}

/** Plain text of several lines (an e-mail body, a reply): invisible characters removed, capped. */
export function escapePlainText(text: string, max = PLAIN_TEXT_LIMIT): string {
	return truncate(removeInvisible(truncate(text, max)), max);
}

/**
 * A value filled into a public reply: one line, nothing hidden, capped. Mentions are left as they are:
 * `{{author}}` addresses the poster by design, and its handle is reduced to one word (see authorOf).
 */
export function escapeReplyValue(value: string): string {
	return escapeLine(value, REPLY_VALUE_LIMIT);
}

/** Plain text kept to one line without hidden characters, capped (a timeline summary, a reply value). */
export function escapeLine(text: string, max: number): string {
	return truncate(flatten(text, max), max);
}

/**
 * One line, nothing hidden. Only a prefix of a long text is read (four times what the line holds, as
 * whitespace runs and hidden characters shrink it), so a megabyte costs what a short text does.
 */
function flatten(text: string, max: number): string {
	return removeInvisible(truncate(text, max * 4))
		.replace(WHITESPACE_RUN, ' ')
		.trim();
}
