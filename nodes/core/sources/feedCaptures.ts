import { escapeText } from 'entities';
import { decodeEntities, decodeXmlText } from './decodeEntities';
import type { ValueKind } from './feedVocabulary';

/** Ids, links, dates and names are short; a text value is read up to this many characters. */
export const MAX_TEXT_VALUE_CHARS = 8_192;

/** An element whose content is being collected; `depth` is its place in the open-element stack. */
export interface Capture {
	key: string;
	depth: number;
	kind: ValueKind;
	value: string;
	/** Characters a text value may still take. */
	room: number;
}

/**
 * A run of text as the source spells it, entities still in it. Markup values take XML's entities decoded
 * and leave HTML names (`&eacute;`, common in feeds that are not valid XML) to htmlToText; inside an
 * element nested in a markup value (`openDepth` deeper than the capture) the text is text, so it is
 * escaped again. Text values decode both. Every entity is decoded once.
 */
export function addSourceText(captures: readonly Capture[], openDepth: number, raw: string): void {
	let xmlDecoded: string | undefined;
	for (const capture of captures) {
		if (capture.kind === 'markup') {
			xmlDecoded ??= decodeXmlText(raw);
			capture.value += openDepth > capture.depth ? escapeText(xmlDecoded) : xmlDecoded;
		} else addToTextValue(capture, decodeEntities(raw.slice(0, capture.room)));
	}
}

/** CDATA: characters as they are, text inside a nested element of a markup value. */
export function addCharacterData(
	captures: readonly Capture[],
	openDepth: number,
	text: string,
): void {
	for (const capture of captures) {
		if (capture.kind === 'markup')
			capture.value += openDepth > capture.depth ? escapeText(text) : text;
		else addToTextValue(capture, text);
	}
}

function addToTextValue(capture: Capture, text: string): void {
	const kept = text.slice(0, capture.room);
	capture.room -= kept.length;
	capture.value += kept;
}
