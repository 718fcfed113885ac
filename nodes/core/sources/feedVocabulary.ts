/** The feed elements and attributes the reader knows, by lower-case name. */

/** Markup values are HTML once read (CDATA and escaped text are HTML in feeds); text values are plain. */
export type ValueKind = 'markup' | 'text';

/** Atom elements inside RSS (.NET writes `<a10:link>`) are named with this prefix, whatever the feed's, which no XML name can hold. */
export const ATOM = '{atom}';
export const ATOM_NAMESPACE = 'http://www.w3.org/2005/atom';

/** The elements of an item or entry whose content is kept, by lower-case name. */
export const ENTRY_VALUES = new Map<string, ValueKind>([
	['id', 'text'],
	['guid', 'text'],
	['link', 'text'],
	['title', 'markup'],
	['content:encoded', 'markup'],
	['description', 'markup'],
	['content', 'markup'],
	['summary', 'markup'],
	['pubdate', 'text'],
	['dc:date', 'text'],
	['published', 'text'],
	['updated', 'text'],
	['dc:creator', 'text'],
	['author', 'text'],
	[`${ATOM}id`, 'text'],
	[`${ATOM}title`, 'markup'],
	[`${ATOM}content`, 'markup'],
	[`${ATOM}summary`, 'markup'],
	[`${ATOM}published`, 'text'],
	[`${ATOM}updated`, 'text'],
	[`${ATOM}author`, 'text'],
]);
/** Atom's `<author><name>`, kept apart from other `<name>` elements. */
export const AUTHOR_NAME = 'author/name';
export const AUTHOR_ELEMENTS = new Set(['author', `${ATOM}author`]);
export const NAME_ELEMENTS = new Set(['name', `${ATOM}name`]);
export const LINK_ELEMENTS = new Set(['link', `${ATOM}link`]);
/** The feed-level `<author>` (the byline every entry without its own inherits) and its `<name>`. */
export const FEED_BYLINE = 'feed/author';
export const FEED_BYLINE_NAME = 'feed/author/name';
export const ENTRY_ELEMENTS = new Set(['item', 'entry']);
export const ROOT_ELEMENTS = new Set(['feed', 'rss', 'rdf:rdf', 'channel']);
/** Where a feed-level `<author>` sits: Atom's `<feed>`, RSS's `<channel>`. */
export const FEED_ELEMENTS = new Set(['feed', 'channel']);
/** The attributes read at all; every other is passed over. */
export const KEPT_ATTRIBUTES = new Set(['rel', 'href', 'xml:base']);

export type EntryElement = 'item' | 'entry';
