import { decodeHTML, decodeHTMLStrict, decodeXML } from 'entities';
import fc from 'fast-check';
import {
	decodeEntities,
	decodeHtmlText,
	decodeXmlText,
} from '../../../nodes/core/sources/decodeEntities';
import { megabyteOf } from '../property/hostileInput';

const PIECES = [
	'&',
	'&amp;',
	'&amp',
	'&copy',
	'&notit;',
	'&apos;',
	'&quot;',
	'&gt;',
	'&#',
	'&#x',
	'&#x41;',
	'&#65;',
	'&#0;',
	'&#x80;',
	'&eacute;',
	'&NotEqualTilde;',
	'&#xD800;',
	'&#99999999;',
	'&lt',
	';',
	' ',
	'a',
	'İ',
	'😡',
];

describe('decodeEntities', () => {
	const text = fc.oneof(
		fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join('')),
		fc.string({ unit: 'binary', maxLength: 60 }),
	);

	it('decodes exactly as the entities library decodes strict HTML', () => {
		fc.assert(
			fc.property(text, (value) => expect(decodeEntities(value)).toBe(decodeHTMLStrict(value))),
			{ numRuns: 2_000 },
		);
	});

	it('decodes HTML text (legacy names without ";" too) exactly as the entities library does', () => {
		fc.assert(
			fc.property(text, (value) => expect(decodeHtmlText(value)).toBe(decodeHTML(value))),
			{ numRuns: 2_000 },
		);
		expect(decodeHtmlText('AT&T &copy 2025 &amp co &notit; &nosuch;')).toBe(
			'AT&T © 2025 & co ¬it; &nosuch;',
		);
	});

	it('decodes XML text exactly as the entities library does: the five names and numbers, nothing else', () => {
		fc.assert(
			fc.property(text, (value) => expect(decodeXmlText(value)).toBe(decodeXML(value))),
			{ numRuns: 2_000 },
		);
		expect(decodeXmlText('&lt;b&gt; &amp;amp; &eacute; &#233; &apos;')).toBe(
			"<b> &amp; &eacute; é '",
		);
	});

	// Through the library's decodeHTML each "&" here cut the text once more: 280 ms of CPU for 1 MB of "&".
	it.each(['&', '&#', '&a', '&#x'])('returns 1 MB of %p as it is', (unit) => {
		const text = megabyteOf(unit);
		expect(decodeEntities(text)).toBe(text);
	});

	it('decodes 1 MB of entities', () => {
		expect(decodeEntities(megabyteOf('&lt;p '))).toBe('<p '.repeat(Math.ceil(1_000_000 / 6)));
	});
});
