import { absoluteHttpUrl } from './absoluteHttpUrl';
import { removeInvisibleCharacters } from './invisibleCharacters';
import type { Mention, MentionAuthor } from './Mention';

/** Text longer than this is cut, with a visible mark: far beyond any real post, and every later step reads it whole. */
export const MAX_MENTION_TEXT_CHARS = 100_000;
const TRUNCATED = '… (truncated)';
/** A scheme worth naming in a skip reason; anything longer or odder is not repeated. */
const SCHEME = /^[a-z][a-z0-9+.-]{0,30}:/i;

/**
 * The one gate between a source adapter and everything downstream: every normalised item passes here
 * (collectPages, the RSS and demo adapters). A mention is admitted only with an absolute http(s) `url`;
 * an `author.url` that is not one is dropped. Bidi controls and zero-width characters are removed from
 * the text, handle and name, and the text is capped. A skip reason (a string) passes through unchanged.
 */
export function admitMention(outcome: Mention | string): Mention | string {
	if (typeof outcome === 'string') return outcome;
	const url = absoluteHttpUrl(outcome.url);
	if (url === undefined)
		return `${outcome.id}: url ${describeScheme(outcome.url)}is not an absolute http(s) URL`;
	const text = capped(removeInvisibleCharacters(outcome.text).trim());
	if (text === '') return `${outcome.id}: no visible text`;
	const handle = removeInvisibleCharacters(outcome.author.handle).trim();
	if (handle === '') return `${outcome.id}: no visible author handle`;

	const author: MentionAuthor = { ...outcome.author, handle };
	if (author.name !== undefined) {
		const name = removeInvisibleCharacters(author.name).trim();
		if (name === '') delete author.name;
		else author.name = name;
	}
	if (author.url !== undefined) {
		const authorUrl = absoluteHttpUrl(author.url);
		if (authorUrl === undefined) delete author.url;
		else author.url = authorUrl;
	}
	return { ...outcome, url, text, author };
}

function describeScheme(url: unknown): string {
	const scheme = typeof url === 'string' ? SCHEME.exec(url.trim())?.[0] : undefined;
	return scheme === undefined ? '' : `with scheme "${scheme.toLowerCase()}" `;
}

function capped(text: string): string {
	if (text.length <= MAX_MENTION_TEXT_CHARS) return text;
	// Never end on the first half of a surrogate pair (an emoji cut in two).
	const end = /[\uD800-\uDBFF]/.test(text[MAX_MENTION_TEXT_CHARS - 1])
		? MAX_MENTION_TEXT_CHARS - 1
		: MAX_MENTION_TEXT_CHARS;
	return `${text.slice(0, end).trimEnd()}${TRUNCATED}`;
}
