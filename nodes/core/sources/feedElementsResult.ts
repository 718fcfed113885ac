import type { EntryElement } from './feedVocabulary';
import type { BaseFrame } from './xmlBase';

/** An Atom `<link>` with an `href`, and the base in effect where it was written. */
export interface LinkElement {
	href: string;
	rel?: string;
	base?: BaseFrame;
}

export interface EntryValues {
	values: Map<string, string>;
	/** Atom links: the first `rel="alternate"` one and the first without `rel`. */
	alternateLink?: LinkElement;
	linkWithoutRel?: LinkElement;
	/** The base in effect around RSS's `<link>` text. */
	textLinkBase?: BaseFrame;
}

export interface FeedElements {
	roots: Set<string>;
	title?: string;
	/** The feed-level author's `<name>`, and the author element's whole text for feeds that give no name. */
	authorName?: string;
	authorText?: string;
	entries: Record<EntryElement, EntryValues[]>;
	/** Entries left unread past MAX_FEED_ENTRIES. */
	skipped: Record<EntryElement, number>;
}
