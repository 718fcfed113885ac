import { escapeText } from 'entities';
import { decodeEntities, decodeXmlText } from './decodeEntities';
import { readMarkup } from './markupReader';

/** One RSS `<item>` or Atom `<entry>`, values as text (title and body may still hold HTML). */
export interface FeedEntry {
	id?: string;
	link?: string;
	title?: string;
	body?: string;
	published?: string;
	author?: string;
}

export interface ParsedFeed {
	format: 'rss' | 'atom';
	title?: string;
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
]);
/** Atom's `<author><name>`, kept apart from other `<name>` elements. */
const AUTHOR_NAME = 'author/name';
const ENTRY_ELEMENTS = new Set(['item', 'entry']);
const ROOT_ELEMENTS = new Set(['feed', 'rss', 'rdf:rdf', 'channel']);
const LINK_ATTRIBUTES = new Set(['rel', 'href']);

type EntryElement = 'item' | 'entry';

interface EntryValues {
	values: Map<string, string>;
	/** Atom links: the first `rel="alternate"` one and the first without `rel`. */
	alternateLink?: Map<string, string>;
	linkWithoutRel?: Map<string, string>;
}

/**
 * A tolerant reader for RSS 2.0 / RSS 1.0 and Atom: feeds in the wild (Google Alerts, news sites)
 * are often not valid XML, so this reads the elements it needs instead of validating a tree.
 * One linear pass over the text (see readMarkup). Returns undefined when the text is no feed at all.
 */
export function parseFeed(xml: string): ParsedFeed | undefined {
	const cut = xml.length > MAX_FEED_CHARS;
	const read = readFeedElements(cut ? xml.slice(0, MAX_FEED_CHARS) : xml);
	const format = read.roots.has('feed') ? 'atom' : read.roots.size > 0 ? 'rss' : undefined;
	if (format === undefined) return undefined;
	const element: EntryElement = format === 'atom' ? 'entry' : 'item';
	return {
		format,
		title: read.title,
		entries: read.entries[element].map(format === 'atom' ? atomEntry : rssEntry),
		...(cut || read.skipped[element] > 0 ? { truncated: true as const } : {}),
	};
}

function rssEntry({ values }: EntryValues): FeedEntry {
	return {
		id: firstValue(values, ['guid']),
		link: firstValue(values, ['link']),
		title: firstValue(values, ['title']),
		body: firstValue(values, ['content:encoded', 'description']),
		published: firstValue(values, ['pubdate', 'dc:date', 'published', 'updated']),
		author: firstValue(values, ['dc:creator', 'author']),
	};
}

/** Atom: the `alternate` link (or one without rel) is the page a person reads. */
function atomEntry({ values, alternateLink, linkWithoutRel }: EntryValues): FeedEntry {
	return {
		id: firstValue(values, ['id']),
		link: (alternateLink ?? linkWithoutRel)?.get('href'),
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
	entries: Record<EntryElement, EntryValues[]>;
	/** Entries left unread past MAX_FEED_ENTRIES. */
	skipped: Record<EntryElement, number>;
}

/**
 * Every event costs O(1): open elements are a stack with a count per name (an end tag that matches no
 * open element is ignored without a search), and at most one capture per kept element is active.
 * An element left open is closed by the end tag of an element around it, as lenient readers do.
 */
function readFeedElements(source: string): FeedElements {
	const result: FeedElements = { roots: new Set(), entries: { item: [], entry: [] }, skipped: { item: 0, entry: 0 } };
	const stack: string[] = [];
	const openCount = new Map<string, number>();
	let captures: Capture[] = [];
	let entry: OpenEntry | undefined;
	let entrySeen = false;
	let titleSeen = false;
	let tagName = '';
	let linkAttributes: Map<string, string> | undefined;
	let attributeName = '';
	let attributeValue = '';

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
		stack.push(name);
		openCount.set(name, (openCount.get(name) ?? 0) + 1);
		const depth = stack.length;
		if (ROOT_ELEMENTS.has(name)) result.roots.add(name);
		if (entry === undefined && ENTRY_ELEMENTS.has(name)) {
			const element = name as EntryElement;
			entrySeen = true;
			if (result.entries[element].length >= MAX_FEED_ENTRIES) result.skipped[element]++;
			else entry = { element, depth, values: new Map() };
			return;
		}
		for (const capture of captures) if (capture.kind === 'markup') capture.value += selfClosing ? `<${name}/>` : `<${name}>`;
		if (entry) {
			if (name === 'link' && linkAttributes) {
				if (linkAttributes.get('rel')?.trim().toLowerCase() === 'alternate') entry.alternateLink ??= linkAttributes;
				else if (!linkAttributes.has('rel')) entry.linkWithoutRel ??= linkAttributes;
			}
			const key = name === 'name' && captures.some((capture) => capture.key === 'author') ? AUTHOR_NAME : name;
			const kind = key === AUTHOR_NAME ? 'text' : ENTRY_VALUES.get(key);
			if (kind && !entry.values.has(key) && !captures.some((capture) => capture.key === key)) captures.push({ key, depth, kind, value: '', room: MAX_TEXT_VALUE_CHARS });
		} else if (!entrySeen && !titleSeen && name === 'title') {
			titleSeen = true;
			captures.push({ key: 'title', depth, kind: 'markup', value: '', room: MAX_TEXT_VALUE_CHARS });
		}
	};

	const closeInnermost = (selfClosing: boolean) => {
		const name = stack.pop() as string;
		openCount.set(name, (openCount.get(name) as number) - 1);
		const depth = stack.length + 1;
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
		else if (value !== '') result.title = value;
	};

	// Entities are decoded a run of text at a time below (a callback per entity costs more).
	readMarkup(source, { xmlMode: true, decodeEntities: false }, {
		onopentagname: (start, end) => {
			tagName = source.slice(start, end).toLowerCase();
			linkAttributes = entry && tagName === 'link' ? new Map() : undefined;
		},
		onattribname: (start, end) => {
			if (!linkAttributes) return;
			attributeName = source.slice(start, end).toLowerCase();
			attributeValue = '';
		},
		onattribdata: (start, end) => {
			if (linkAttributes && LINK_ATTRIBUTES.has(attributeName)) attributeValue += source.slice(start, end);
		},
		onattribend: () => {
			if (linkAttributes && LINK_ATTRIBUTES.has(attributeName) && !linkAttributes.has(attributeName)) linkAttributes.set(attributeName, decodeXmlText(attributeValue));
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
