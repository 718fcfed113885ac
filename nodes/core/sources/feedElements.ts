import { decodeXmlText } from './decodeEntities';
import {
	addCharacterData,
	addSourceText,
	MAX_TEXT_VALUE_CHARS,
	type Capture,
} from './feedCaptures';
import type { EntryValues, FeedElements, LinkElement } from './feedElementsResult';
import { MAX_FEED_ENTRIES } from './feedLimits';
import {
	ATOM,
	ATOM_NAMESPACE,
	AUTHOR_ELEMENTS,
	AUTHOR_NAME,
	ENTRY_ELEMENTS,
	ENTRY_VALUES,
	FEED_BYLINE,
	FEED_BYLINE_NAME,
	FEED_ELEMENTS,
	KEPT_ATTRIBUTES,
	LINK_ELEMENTS,
	NAME_ELEMENTS,
	ROOT_ELEMENTS,
	type EntryElement,
} from './feedVocabulary';
import { readMarkup } from './markupReader';
import { withBase, type BaseFrame } from './xmlBase';

interface OpenEntry extends EntryValues {
	element: EntryElement;
	depth: number;
}

/**
 * The elements of a feed that parseFeed keeps, read in one pass over the text.
 * Every event costs O(1): open elements are a stack with a count per name (an end tag that matches no
 * open element is ignored without a search), and at most one capture per kept element is active.
 * An element left open is closed by the end tag of an element around it, as lenient readers do.
 */
export function readFeedElements(source: string, documentUrl: string | undefined): FeedElements {
	const result: FeedElements = {
		roots: new Set(),
		entries: { item: [], entry: [] },
		skipped: { item: 0, entry: 0 },
	};
	const stack: string[] = [];
	/** The open elements that declare `xml:base` (few), innermost last; the feed's own URL is around them all. */
	const declaredBases: Array<{ depth: number; frame: BaseFrame }> = [];
	const documentBase: BaseFrame | undefined =
		documentUrl === undefined ? undefined : { declared: documentUrl, outer: undefined, nesting: 0 };
	const currentBase = (): BaseFrame | undefined =>
		declaredBases.length > 0 ? declaredBases[declaredBases.length - 1].frame : documentBase;
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
		return colon > 0 && atomPrefixes.has(name.slice(0, colon))
			? `${ATOM}${name.slice(colon + 1)}`
			: name;
	};

	const open = (name: string, selfClosing: boolean) => {
		if (attributes)
			for (const [attribute, value] of attributes)
				if (attribute.startsWith('xmlns:') && value.trim().toLowerCase() === ATOM_NAMESPACE)
					atomPrefixes.add(attribute.slice(6));
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
		for (const capture of captures)
			if (capture.kind === 'markup') capture.value += selfClosing ? `<${name}/>` : `<${name}>`;
		const known = canonicalName(name);
		const href = attributes?.get('href');
		if (entry) {
			if (href !== undefined && LINK_ELEMENTS.has(known)) {
				const rel = attributes?.get('rel');
				const link: LinkElement = { href, rel, base };
				if (rel?.trim().toLowerCase() === 'alternate') entry.alternateLink ??= link;
				else if (rel === undefined) entry.linkWithoutRel ??= link;
			}
			const key =
				NAME_ELEMENTS.has(known) && captures.some((capture) => AUTHOR_ELEMENTS.has(capture.key))
					? AUTHOR_NAME
					: known;
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
			captures.push({
				key: FEED_BYLINE,
				depth,
				kind: 'text',
				value: '',
				room: MAX_TEXT_VALUE_CHARS,
			});
		} else if (
			NAME_ELEMENTS.has(known) &&
			result.authorName === undefined &&
			captures.some((capture) => capture.key === FEED_BYLINE)
		) {
			captures.push({
				key: FEED_BYLINE_NAME,
				depth,
				kind: 'text',
				value: '',
				room: MAX_TEXT_VALUE_CHARS,
			});
		}
	};

	const closeInnermost = (selfClosing: boolean) => {
		const name = stack.pop() as string;
		openCount.set(name, (openCount.get(name) as number) - 1);
		const depth = stack.length + 1;
		if (declaredBases.length > 0 && declaredBases[declaredBases.length - 1].depth === depth)
			declaredBases.pop();
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
	readMarkup(
		source,
		{ xmlMode: true, decodeEntities: false },
		{
			onopentagname: (start, end) => {
				tagName = source.slice(start, end).toLowerCase();
				attributes = undefined;
			},
			onattribname: (start, end) => {
				attributeName = source.slice(start, end).toLowerCase();
				attributeValue = '';
				keepAttribute =
					(KEPT_ATTRIBUTES.has(attributeName) || attributeName.startsWith('xmlns:')) &&
					!attributes?.has(attributeName);
			},
			onattribdata: (start, end) => {
				// Kept attributes are URIs, rel words and namespace names: a longer value is cut like a text value.
				if (keepAttribute && attributeValue.length < MAX_TEXT_VALUE_CHARS)
					attributeValue += source.slice(
						start,
						Math.min(end, start + MAX_TEXT_VALUE_CHARS - attributeValue.length),
					);
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
				if (captures.length > 0 && start >= 0)
					addSourceText(captures, stack.length, source.slice(start, end));
			},
			oncdata: (start, end, endOffset) => {
				if (captures.length > 0)
					addCharacterData(captures, stack.length, source.slice(start, end - endOffset));
			},
		},
	);
	// What the end of the text leaves open (a cut feed, a last entry never closed) is kept as read so far.
	while (stack.length > 0) closeInnermost(false);
	return result;
}
