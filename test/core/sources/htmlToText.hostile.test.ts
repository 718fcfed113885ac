import { htmlToText, MAX_HTML_CHARS } from '../../../nodes/core/sources/htmlToText';
import { megabyteOf } from '../property/hostileInput';

/** How many times megabyteOf repeats a unit. */
const count = (unit: string) => Math.ceil(1_000_000 / unit.length);

describe('htmlToText: hostile markup, read as a browser would and in one pass', () => {
	// Regular expressions rescanned the rest of the text from every "<p": 2.6 s for these 50 KB.
	it('reads 50 KB of "<p " closed by one "<br>" as a single tag', () => {
		expect(htmlToText('<p '.repeat(17067) + '<br>')).toBe('');
		expect(htmlToText('<p '.repeat(17067) + '<br>Acme stole my money')).toBe('Acme stole my money');
	});

	it('keeps entity-escaped markup as the text it stands for', () => {
		expect(htmlToText('&lt;p '.repeat(17067) + '&lt;br&gt;')).toBe('<p '.repeat(17067) + '<br>');
	});

	// Each line is 1 MB of one unit, then what closes it (nothing, ">" or "<br>"), and the text a reader sees.
	const cases: Array<[string, string, string]> = [
		['<!--', '', ''],
		['<!--', '>', ''],
		['<script>', '', ''],
		['<script>', '>', ''],
		['<style ', '', ''],
		['<style ', '>', ''],
		['<![CDATA[', '', '<![CDATA['.repeat(count('<![CDATA[') - 1)],
		['<![CDATA[', '>', '<![CDATA['.repeat(count('<![CDATA[') - 1) + '>'],
		['<a ', '', ''],
		['<a ', '>', ''],
		['<a ', '<br>', ''],
		['<p ', '', ''],
		['<p ', '>', ''],
		['<p ', '<br>', ''],
		['<li ', '>', '•'],
		['<li ', '<br>', '•'],
		['<br ', '>', ''],
		['</p ', '', ''],
		['</p ', '>', ''],
		['&#x', '', megabyteOf('&#x')],
		['&amp', '', '&'.repeat(count('&amp'))],
		['&', '', megabyteOf('&')],
		['&lt;p ', '', '<p '.repeat(count('&lt;p ')).trim()],
		['<b>x</b>', '>', 'x'.repeat(count('<b>x</b>')) + '>'],
		['😡 <i>', '>', `${Array<string>(count('😡 <i>')).fill('😡').join(' ')} >`],
		['<b>', '', ''],
		['<b>x', '</i>', 'x'.repeat(count('<b>x'))],
		['<template>', 'x', ''],
	];
	it.each(cases)('1 MB of %p then %p', (unit, close, expected) => {
		expect(htmlToText(megabyteOf(unit) + close)).toBe(expected);
	});

	it('reads at most MAX_HTML_CHARS of HTML, and an unfinished tag at the cut is not text', () => {
		expect(htmlToText('word '.repeat(MAX_HTML_CHARS / 5) + 'beyond')).toBe(
			'word '.repeat(MAX_HTML_CHARS / 5).trim(),
		);
		expect(htmlToText('a'.repeat(MAX_HTML_CHARS - 3) + '<p class="cut-here">b')).toBe(
			'a'.repeat(MAX_HTML_CHARS - 3),
		);
	});

	it('keeps a short unfinished tag at the very end as text, as the words it seems to be', () => {
		expect(htmlToText('Is 3<5')).toBe('Is 3<5');
		expect(htmlToText('<p>refund</p> a <b')).toBe('refund\n\na <b');
		expect(htmlToText('<p>refund</p x')).toBe('refund\n\n</p x');
		expect(htmlToText('<p>refund</p>')).toBe('refund');
		expect(htmlToText(`refund <a href="${'x'.repeat(2_000)}`)).toBe('refund');
	});
});
