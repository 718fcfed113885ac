import { readFeedElements } from './feedElements';
import type { EntryValues } from './feedElementsResult';
import { MAX_FEED_CHARS } from './feedLimits';
import { ATOM, AUTHOR_NAME, type EntryElement } from './feedVocabulary';
import { resolvedBase } from './xmlBase';

/** One RSS `<item>` or Atom `<entry>`, values as text (title and body may still hold HTML). */
export interface FeedEntry {
	id?: string;
	/** As the feed wrote it: maybe relative, resolved against `linkBase`. */
	link?: string;
	/** The absolute base URI where the link was written: the `xml:base` around it, resolved against the feed's URL. */
	linkBase?: string;
	title?: string;
	body?: string;
	published?: string;
	/** The entry's own author, else (as Atom has it) the feed's. */
	author?: string;
}

export interface ParsedFeed {
	format: 'rss' | 'atom';
	title?: string;
	/** The feed-level `<author>` (Atom, or Atom's author inside RSS). */
	author?: string;
	entries: FeedEntry[];
	/** The feed was longer than MAX_FEED_CHARS or had more than MAX_FEED_ENTRIES entries; the rest was not read. */
	truncated?: true;
}

/**
 * A tolerant reader for RSS 2.0 / RSS 1.0 and Atom: feeds in the wild (Google Alerts, news sites)
 * are often not valid XML, so this reads the elements it needs instead of validating a tree.
 * One linear pass over the text (see readFeedElements). Returns undefined when the text is no feed at all.
 * `documentUrl` (the feed's own URL) is the base that `xml:base` and relative links resolve against.
 */
export function parseFeed(xml: string, documentUrl?: string): ParsedFeed | undefined {
	const cut = xml.length > MAX_FEED_CHARS;
	const read = readFeedElements(cut ? xml.slice(0, MAX_FEED_CHARS) : xml, documentUrl);
	const format = read.roots.has('feed') ? 'atom' : read.roots.size > 0 ? 'rss' : undefined;
	if (format === undefined) return undefined;
	const element: EntryElement = format === 'atom' ? 'entry' : 'item';
	const feedAuthor = read.authorName || read.authorText || undefined;
	const toEntry = format === 'atom' ? atomEntry : rssEntry;
	return {
		format,
		title: read.title,
		...(feedAuthor ? { author: feedAuthor } : {}),
		entries: read.entries[element].map((values) => {
			const entry = toEntry(values);
			return entry.author || !feedAuthor ? entry : { ...entry, author: feedAuthor };
		}),
		...(cut || read.skipped[element] > 0 ? { truncated: true as const } : {}),
	};
}

/** RSS, with the Atom elements .NET's formatter writes into it (`<a10:link>`, `<a10:updated>`, …). */
function rssEntry({ values, alternateLink, linkWithoutRel, textLinkBase }: EntryValues): FeedEntry {
	const textLink = firstValue(values, ['link']);
	const atomLink = alternateLink ?? linkWithoutRel;
	return {
		id: firstValue(values, ['guid', `${ATOM}id`]),
		...(textLink
			? { link: textLink, linkBase: resolvedBase(textLinkBase) }
			: { link: atomLink?.href, linkBase: resolvedBase(atomLink?.base) }),
		title: firstValue(values, ['title', `${ATOM}title`]),
		body: firstValue(values, [
			'content:encoded',
			'description',
			`${ATOM}content`,
			`${ATOM}summary`,
		]),
		published: firstValue(values, [
			'pubdate',
			'dc:date',
			'published',
			'updated',
			`${ATOM}published`,
			`${ATOM}updated`,
		]),
		author: firstValue(values, ['dc:creator', AUTHOR_NAME, 'author', `${ATOM}author`]),
	};
}

/** Atom: the `alternate` link (or one without rel) is the page a person reads. */
function atomEntry({ values, alternateLink, linkWithoutRel }: EntryValues): FeedEntry {
	const link = alternateLink ?? linkWithoutRel;
	return {
		id: firstValue(values, ['id']),
		link: link?.href,
		linkBase: resolvedBase(link?.base),
		title: firstValue(values, ['title']),
		body: firstValue(values, ['content', 'summary']),
		published: firstValue(values, ['published', 'updated']),
		author: firstValue(values, [AUTHOR_NAME, 'author']),
	};
}

/** The first of the elements present with text. */
function firstValue(values: Map<string, string>, names: string[]): string | undefined {
	for (const name of names) {
		const value = values.get(name);
		if (value) return value;
	}
	return undefined;
}
