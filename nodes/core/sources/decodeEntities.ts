import { DecodingMode, EntityDecoder, htmlDecodeTree, xmlDecodeTree } from 'entities/decode';

/**
 * Entities only (`&amp;`, `&#287;`, `&eacute;`), each ending in ";", decoded as the HTML standard says:
 * for APIs that send plain text with escapes. Drives the `entities` library's decoder directly so that a
 * "&" that starts no entity costs nothing: its own decodeHTML cuts the text at every "&", and 1 MB of
 * "&" took 280 ms.
 */
export function decodeEntities(text: string): string {
	return decodeWith(text, DecodingMode.Strict);
}

/**
 * Entities in the text of an HTML page, as a browser reads them: the legacy names (`&amp`, `&copy`)
 * count without ";" too.
 */
export function decodeHtmlText(text: string): string {
	return decodeWith(text, DecodingMode.Legacy);
}

/** XML's own entities only (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, numeric): the text of an XML element. */
export function decodeXmlText(text: string): string {
	return decodeWith(text, DecodingMode.Strict, xmlDecodeTree);
}

function decodeWith(text: string, mode: DecodingMode, tree: Uint16Array = htmlDecodeTree): string {
	let decoded = '';
	const decoder = new EntityDecoder(
		tree,
		(codepoint) => (decoded += String.fromCodePoint(codepoint)),
	);
	let result = '';
	let copiedTo = 0;
	for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
		decoder.startEntity(mode);
		const written = decoder.write(text, at + 1);
		// -1: the text ended inside what could still be an entity.
		const length = written < 0 ? decoder.end() : written;
		if (length <= 0 || decoded === '') continue;
		result += text.slice(copiedTo, at) + decoded;
		decoded = '';
		copiedTo = at + length;
		at = copiedTo - 1;
	}
	return copiedTo === 0 ? text : result + text.slice(copiedTo);
}
