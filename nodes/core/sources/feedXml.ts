import { decodeEntities } from './htmlToText';

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
}

/**
 * A tolerant reader for RSS 2.0 / RSS 1.0 and Atom: feeds in the wild (Google Alerts, news sites)
 * are often not valid XML, so this reads the elements it needs instead of validating a tree.
 * Returns undefined when the text is no feed at all.
 */
export function parseFeed(xml: string): ParsedFeed | undefined {
	const source = xml.replace(/<!--[\s\S]*?-->/g, '');
	if (/<feed\b/i.test(source)) {
		return {
			format: 'atom',
			title: childText(headerOf(source, 'entry'), ['title']),
			entries: blocks(source, 'entry').map(readAtomEntry),
		};
	}
	if (/<(rss|rdf:RDF|channel)\b/i.test(source)) {
		return {
			format: 'rss',
			title: childText(headerOf(source, 'item'), ['title']),
			entries: blocks(source, 'item').map(readRssItem),
		};
	}
	return undefined;
}

function readRssItem(block: string): FeedEntry {
	return {
		id: childText(block, ['guid']),
		link: childText(block, ['link']),
		title: childText(block, ['title']),
		body: childText(block, ['content:encoded', 'description']),
		published: childText(block, ['pubDate', 'dc:date', 'published', 'updated']),
		author: childText(block, ['dc:creator', 'author']),
	};
}

function readAtomEntry(block: string): FeedEntry {
	const authorBlock = childRaw(block, 'author');
	return {
		id: childText(block, ['id']),
		link: atomLink(block),
		title: childText(block, ['title']),
		body: childText(block, ['content', 'summary']),
		published: childText(block, ['published', 'updated']),
		author: authorBlock === undefined ? undefined : (childText(authorBlock, ['name']) ?? (textOf(authorBlock).replace(/<[^>]*>/g, '').trim() || undefined)),
	};
}

/** Everything before the first entry: where the feed's own title lives. */
function headerOf(source: string, entryTag: string): string {
	const first = source.search(new RegExp(`<${entryTag}\\b`, 'i'));
	return first < 0 ? source : source.slice(0, first);
}

function blocks(source: string, tag: string): string[] {
	const pattern = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`, 'gi');
	return [...source.matchAll(pattern)].map((match) => match[1]);
}

function childRaw(block: string, name: string): string | undefined {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const full = new RegExp(`<${escaped}(?:\\s[^>]*)?>([\\s\\S]*?)</${escaped}\\s*>`, 'i').exec(block);
	if (full) return full[1];
	return new RegExp(`<${escaped}(?:\\s[^>]*)?/>`, 'i').test(block) ? '' : undefined;
}

/** First of the names present with text; CDATA unwrapped, XML entities decoded once. */
function childText(block: string, names: string[]): string | undefined {
	for (const name of names) {
		const raw = childRaw(block, name);
		if (raw === undefined) continue;
		const text = textOf(raw);
		if (text !== '') return text;
	}
	return undefined;
}

function textOf(raw: string): string {
	const parts: string[] = [];
	let rest = raw;
	for (;;) {
		const start = rest.indexOf('<![CDATA[');
		if (start < 0) break;
		const end = rest.indexOf(']]>', start);
		if (end < 0) break;
		parts.push(decodeEntities(rest.slice(0, start)), rest.slice(start + 9, end));
		rest = rest.slice(end + 3);
	}
	parts.push(decodeEntities(rest));
	return parts.join('').trim();
}

/** Atom: the `alternate` link (or one without rel) is the page a person reads. */
function atomLink(block: string): string | undefined {
	const links = [...block.matchAll(/<link\b([^>]*)\/?>/gi)].map((match) => match[1]);
	const alternate = links.find((attributes) => /rel\s*=\s*["']alternate["']/i.test(attributes)) ?? links.find((attributes) => !/rel\s*=/i.test(attributes));
	if (alternate === undefined) return undefined;
	const href = /href\s*=\s*["']([^"']*)["']/i.exec(alternate);
	return href ? decodeEntities(href[1]) : undefined;
}
