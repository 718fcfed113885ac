import { escapeText } from 'entities';
import { decodeEntities, decodeXmlText } from './decodeEntities';
import { readMarkup } from './markupReader';

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

/** A feed is read up to this many characters: real feeds are a few hundred kilobytes, podcast archives a few megabytes. */
export const MAX_FEED_CHARS = 5_000_000;
/** Entries after this many are not read: alert and news feeds carry tens, and each entry becomes work downstream. */
export const MAX_FEED_ENTRIES = 1_000;

/** Markup values are HTML once read (CDATA and escaped text are HTML in feeds); text values are plain. */
type ValueKind = 'markup' | 'text';
/** Ids, links, dates and names are short; a text value is read up to this many characters. */
const MAX_TEXT_VALUE_CHARS = 8_192;

/** Atom elements inside RSS (.NET writes `<a10:link>`) are named with this prefix, whatever the feed's, which no XML name can hold. */
const ATOM = '{atom}';
const ATOM_NAMESPACE = 'http://www.w3.org/2005/atom';

/** The elements of an item or entry whose content is kept, by lower-case name. */
const ENTRY_VALUES = new Map<string, ValueKind>([
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
const AUTHOR_NAME = 'author/name';
const AUTHOR_ELEMENTS = new Set(['author', `${ATOM}author`]);
const NAME_ELEMENTS = new Set(['name', `${ATOM}name`]);
const LINK_ELEMENTS = new Set(['link', `${ATOM}link`]);
/** The feed-level `<author>` (the byline every entry without its own inherits) and its `<name>`. */
const FEED_BYLINE = 'feed/author';
const FEED_BYLINE_NAME = 'feed/author/name';
const ENTRY_ELEMENTS = new Set(['item', 'entry']);
const ROOT_ELEMENTS = new Set(['feed', 'rss', 'rdf:rdf', 'channel']);
/** Where a feed-level `<author>` sits: Atom's `<feed>`, RSS's `<channel>`. */
const FEED_ELEMENTS = new Set(['feed', 'channel']);
/** The attributes read at all; every other is passed over. */
const KEPT_ATTRIBUTES = new Set(['rel', 'href', 'xml:base']);

type EntryElement = 'item' | 'entry';

/** An `xml:base` longer than this is not honoured: no real base URI comes near it, and each one is parsed. */
const MAX_BASE_CHARS = 2_048;
/** How many `xml:base` declarations one element's base is built from; real feeds set it on the feed, entry and link. */
const MAX_BASE_NESTING = 8;

/**
 * An `xml:base` in effect, relative to the one around it. Resolving costs a URL parse as long as the base,
 * so it happens only for the link an entry keeps, and once per declaration (memoised in `resolved`).
 */
interface BaseFrame {
	declared: string;
	outer: BaseFrame | undefined;
	nesting: number;
	/** Null: resolved, to nothing usable. */
	resolved?: string | null;
}

/** An Atom `<link>` with an `href`, and the base in effect where it was written. */
interface LinkElement {
	href: string;
	rel?: string;
	base?: BaseFrame;
}

interface EntryValues {
	values: Map<string, string>;
	/** Atom links: the first `rel="alternate"` one and the first without `rel`. */
	alternateLink?: LinkElement;
	linkWithoutRel?: LinkElement;
	/** The base in effect around RSS's `<link>` text. */
	textLinkBase?: BaseFrame;
}

/**
 * A tolerant reader for RSS 2.0 / RSS 1.0 and Atom: feeds in the wild (Google Alerts, news sites)
 * are often not valid XML, so this reads the elements it needs instead of validating a tree.
 * One linear pass over the text (see readMarkup). Returns undefined when the text is no feed at all.
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
		...(textLink ? { link: textLink, linkBase: resolvedBase(textLinkBase) } : { link: atomLink?.href, linkBase: resolvedBase(atomLink?.base) }),
		title: firstValue(values, ['title', `${ATOM}title`]),
		body: firstValue(values, ['content:encoded', 'description', `${ATOM}content`, `${ATOM}summary`]),
		published: firstValue(values, ['pubdate', 'dc:date', 'published', 'updated', `${ATOM}published`, `${ATOM}updated`]),
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

/** An element whose content is being collected; `depth` is its place in the open-element stack. */
interface Capture {
	key: string;
	depth: number;
	kind: ValueKind;
	value: string;
	/** Characters a text value may still take. */
	room: number;
}

interface OpenEntry extends EntryValues {
	element: EntryElement;
	depth: number;
}

interface FeedElements {
	roots: Set<string>;
	title?: string;
	/** The feed-level author's `<name>`, and the author element's whole text for feeds that give no name. */
	authorName?: string;
	authorText?: string;
	entries: Record<EntryElement, EntryValues[]>;
	/** Entries left unread past MAX_FEED_ENTRIES. */
	skipped: Record<EntryElement, number>;
}

/**
 * Every event costs O(1): open elements are a stack with a count per name (an end tag that matches no
 * open element is ignored without a search), and at most one capture per kept element is active.
 * An element left open is closed by the end tag of an element around it, as lenient readers do.
 */
function readFeedElements(source: string, documentUrl: string | undefined): FeedElements {
	const result: FeedElements = { roots: new Set(), entries: { item: [], entry: [] }, skipped: { item: 0, entry: 0 } };
	const stack: string[] = [];
	/** The open elements that declare `xml:base` (few), innermost last; the feed's own URL is around them all. */
	const declaredBases: Array<{ depth: number; frame: BaseFrame }> = [];
	const documentBase: BaseFrame | undefined = documentUrl === undefined ? undefined : { declared: documentUrl, outer: undefined, nesting: 0 };
	const currentBase = (): BaseFrame | undefined => (declaredBases.length > 0 ? declaredBases[declaredBases.length - 1].frame : documentBase);
	const openCount = new Map<string, number>();
	/** Prefixes declared for the Atom namespace; declarations are read wherever they appear, as lenient readers do. */
	const atomPrefixes = new Set<string>();
	let captures: Capture[] = [];
	let entry: OpenEntry | undefined;
	let entrySeen = false;
	let titleSeen = false;
	let feedAuthorSeen = false;
	let tagName = '';
	let attributes: Map<string, string> | undefined;
	let attributeName = '';
	let attributeValue = '';
	let keepAttribute = false;

	const canonicalName = (name: string): string => {
		const colon = name.indexOf(':');
		return colon > 0 && atomPrefixes.has(name.slice(0, colon)) ? `${ATOM}${name.slice(colon + 1)}` : name;
	};

	/**
	 * A run of text as the source spells it, entities still in it. Markup values take XML's entities decoded
	 * and leave HTML names (`&eacute;`, common in feeds that are not valid XML) to htmlToText; inside an
	 * element nested in a markup value the text is text, so it is escaped again. Text values decode both.
	 * Every entity is decoded once.
	 */
	const addSourceText = (raw: string) => {
		let xmlDecoded: string | undefined;
		for (const capture of captures) {
			if (capture.kind === 'markup') {
				xmlDecoded ??= decodeXmlText(raw);
				capture.value += stack.length > capture.depth ? escapeText(xmlDecoded) : xmlDecoded;
			} else addToTextValue(capture, decodeEntities(raw.slice(0, capture.room)));
		}
	};
	/** CDATA: characters as they are, text inside a nested element of a markup value. */
	const addCharacterData = (text: string) => {
		for (const capture of captures) {
			if (capture.kind === 'markup') capture.value += stack.length > capture.depth ? escapeText(text) : text;
			else addToTextValue(capture, text);
		}
	};
	const addToTextValue = (capture: Capture, text: string) => {
		const kept = text.slice(0, capture.room);
		capture.room -= kept.length;
		capture.value += kept;
	};

	const open = (name: string, selfClosing: boolean) => {
		if (attributes) for (const [attribute, value] of attributes) if (attribute.startsWith('xmlns:') && value.trim().toLowerCase() === ATOM_NAMESPACE) atomPrefixes.add(attribute.slice(6));
		const parentName = stack[stack.length - 1];
		stack.push(name);
		openCount.set(name, (openCount.get(name) ?? 0) + 1);
		const depth = stack.length;
		const outerBase = currentBase();
		const base = withBase(attributes?.get('xml:base'), outerBase);
		if (base !== outerBase && base !== undefined) declaredBases.push({ depth, frame: base });
		if (ROOT_ELEMENTS.has(name)) result.roots.add(name);
		if (entry === undefined && ENTRY_ELEMENTS.has(name)) {
			const element = name as EntryElement;
			entrySeen = true;
			if (result.entries[element].length >= MAX_FEED_ENTRIES) result.skipped[element]++;
			else entry = { element, depth, values: new Map() };
			return;
		}
		for (const capture of captures) if (capture.kind === 'markup') capture.value += selfClosing ? `<${name}/>` : `<${name}>`;
		const known = canonicalName(name);
		const href = attributes?.get('href');
		if (entry) {
			if (href !== undefined && LINK_ELEMENTS.has(known)) {
				const rel = attributes?.get('rel');
				const link: LinkElement = { href, rel, base };
				if (rel?.trim().toLowerCase() === 'alternate') entry.alternateLink ??= link;
				else if (rel === undefined) entry.linkWithoutRel ??= link;
			}
			const key = NAME_ELEMENTS.has(known) && captures.some((capture) => AUTHOR_ELEMENTS.has(capture.key)) ? AUTHOR_NAME : known;
			const kind = key === AUTHOR_NAME ? 'text' : ENTRY_VALUES.get(key);
			if (kind && !entry.values.has(key) && !captures.some((capture) => capture.key === key)) {
				captures.push({ key, depth, kind, value: '', room: MAX_TEXT_VALUE_CHARS });
				if (key === 'link') entry.textLinkBase = base;
			}
		} else if (!entrySeen && !titleSeen && name === 'title') {
			titleSeen = true;
			captures.push({ key: 'title', depth, kind: 'markup', value: '', room: MAX_TEXT_VALUE_CHARS });
		} else if (!feedAuthorSeen && AUTHOR_ELEMENTS.has(known) && FEED_ELEMENTS.has(parentName)) {
			feedAuthorSeen = true;
			captures.push({ key: FEED_BYLINE, depth, kind: 'text', value: '', room: MAX_TEXT_VALUE_CHARS });
		} else if (NAME_ELEMENTS.has(known) && result.authorName === undefined && captures.some((capture) => capture.key === FEED_BYLINE)) {
			captures.push({ key: FEED_BYLINE_NAME, depth, kind: 'text', value: '', room: MAX_TEXT_VALUE_CHARS });
		}
	};

	const closeInnermost = (selfClosing: boolean) => {
		const name = stack.pop() as string;
		openCount.set(name, (openCount.get(name) as number) - 1);
		const depth = stack.length + 1;
		if (declaredBases.length > 0 && declaredBases[declaredBases.length - 1].depth === depth) declaredBases.pop();
		if (captures.length > 0) {
			const stillOpen: Capture[] = [];
			for (const capture of captures) {
				if (capture.depth === depth) finish(capture);
				else {
					if (capture.kind === 'markup' && !selfClosing) capture.value += `</${name}>`;
					stillOpen.push(capture);
				}
			}
			captures = stillOpen;
		}
		if (entry && entry.depth === depth) {
			result.entries[entry.element].push(entry);
			entry = undefined;
		}
	};

	const finish = (capture: Capture) => {
		const value = capture.value.trim();
		if (entry) entry.values.set(capture.key, value);
		else if (value === '') return;
		else if (capture.key === FEED_BYLINE_NAME) result.authorName = value;
		else if (capture.key === FEED_BYLINE) result.authorText = value;
		else result.title = value;
	};

	// Entities are decoded a run of text at a time below (a callback per entity costs more).
	readMarkup(source, { xmlMode: true, decodeEntities: false }, {
		onopentagname: (start, end) => {
			tagName = source.slice(start, end).toLowerCase();
			attributes = undefined;
		},
		onattribname: (start, end) => {
			attributeName = source.slice(start, end).toLowerCase();
			attributeValue = '';
			keepAttribute = (KEPT_ATTRIBUTES.has(attributeName) || attributeName.startsWith('xmlns:')) && !attributes?.has(attributeName);
		},
		onattribdata: (start, end) => {
			// Kept attributes are URIs, rel words and namespace names: a longer value is cut like a text value.
			if (keepAttribute && attributeValue.length < MAX_TEXT_VALUE_CHARS) attributeValue += source.slice(start, Math.min(end, start + MAX_TEXT_VALUE_CHARS - attributeValue.length));
		},
		onattribend: () => {
			if (!keepAttribute) return;
			keepAttribute = false;
			(attributes ??= new Map()).set(attributeName, decodeXmlText(attributeValue));
		},
		onopentagend: () => open(tagName, false),
		onselfclosingtag: () => {
			open(tagName, true);
			closeInnermost(true);
		},
		onclosetag: (start, end) => {
			const name = source.slice(start, end).toLowerCase();
			if (!openCount.get(name)) return;
			while (stack.length > 0 && stack[stack.length - 1] !== name) closeInnermost(false);
			closeInnermost(false);
		},
		ontext: (start, end) => {
			if (captures.length > 0 && start >= 0) addSourceText(source.slice(start, end));
		},
		oncdata: (start, end, endOffset) => {
			if (captures.length > 0) addCharacterData(source.slice(start, end - endOffset));
		},
	});
	// What the end of the text leaves open (a cut feed, a last entry never closed) is kept as read so far.
	while (stack.length > 0) closeInnermost(false);
	return result;
}

/** The frame in effect inside an element: a new one for its `xml:base`, within the bounds above; else the one around it. */
function withBase(declared: string | undefined, outer: BaseFrame | undefined): BaseFrame | undefined {
	if (declared === undefined || declared.length > MAX_BASE_CHARS || (outer?.nesting ?? 0) >= MAX_BASE_NESTING) return outer;
	return { declared, outer, nesting: (outer?.nesting ?? 0) + 1 };
}

/**
 * The absolute base URI a frame stands for, resolved outermost first. A declaration that does not resolve
 * (or resolves to something too long) leaves the base around it in effect.
 */
function resolvedBase(frame: BaseFrame | undefined): string | undefined {
	const unresolved: BaseFrame[] = [];
	for (let at = frame; at !== undefined && at.resolved === undefined; at = at.outer) unresolved.push(at);
	for (let index = unresolved.length - 1; index >= 0; index--) {
		const current = unresolved[index];
		const outer = current.outer?.resolved ?? undefined;
		current.resolved = resolveAgainst(current.declared, outer) ?? outer ?? null;
	}
	return frame?.resolved ?? undefined;
}

function resolveAgainst(reference: string, base: string | undefined): string | undefined {
	try {
		const { href } = new URL(reference, base);
		return href.length <= MAX_BASE_CHARS ? href : undefined;
	} catch {
		return undefined;
	}
}
