import fc from 'fast-check';
import { htmlToText } from '../../../nodes/core/sources/htmlToText';
import { hostileText } from '../property/hostileInput';

const escapeForHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Words without whitespace (the converter may rearrange whitespace, never words). */
const word = fc
	.oneof(
		fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
		fc.constantFrom('<b>', '&amp;', '&', '<', '>', 'İade', '😡', 'a<b', '"x"'),
	)
	.filter((w) => /^\S+$/u.test(w));

const INVISIBLE = [
	'<script>SECRET()</script>',
	'<style>.SECRET{}</style>',
	'<!-- SECRET -->',
	'<template>SECRET</template>',
	'<SCRIPT type="x">SECRET</SCRIPT >',
];
const WRAPPERS: Array<[string, string]> = [
	['<b>', '</b>'],
	['<i class="x">', '</i>'],
	['<span>', '</span>'],
	['<a href="https://example.com/?a=1&amp;b=2">', '</a>'],
	['<p>', '</p>'],
	['<div>', '</div>'],
	['', '<br>'],
	['<blockquote>', '</blockquote>'],
];

/** Random markup around words, with invisible blocks dropped in between; the words are what a reader sees. */
const page = fc.array(
	fc.tuple(
		word,
		fc.constantFrom(...WRAPPERS),
		fc.option(fc.constantFrom(...INVISIBLE), { freq: 4 }),
	),
	{ maxLength: 30 },
);

describe('htmlToText: properties', () => {
	it('never throws and is deterministic on any text', () => {
		fc.assert(
			fc.property(hostileText, (text) => {
				const once = htmlToText(text);
				expect(typeof once).toBe('string');
				expect(htmlToText(text)).toBe(once);
			}),
			{ numRuns: 300 },
		);
	});

	it('returns exactly the visible words, in order, without tags or the content of scripts, styles and comments', () => {
		fc.assert(
			fc.property(page, (parts) => {
				const html = parts
					.map(([w, [open, close], hidden]) => `${open}${escapeForHtml(w)}${close} ${hidden ?? ''}`)
					.join('');
				const text = htmlToText(html);
				expect(text.split(/\s+/).filter(Boolean)).toEqual(
					parts.map(([w]) => w).filter((w) => w.trim() !== ''),
				);
				if (!parts.some(([w]) => w.includes('SECRET'))) expect(text).not.toContain('SECRET');
			}),
			{ numRuns: 300 },
		);
	});

	it('returns trimmed text with at most one blank line in a row and no tabs', () => {
		fc.assert(
			fc.property(hostileText, (text) => {
				const result = htmlToText(text);
				expect(result).toBe(result.trim());
				expect(result).not.toMatch(/\n{3,}|\t/);
			}),
			{ numRuns: 300 },
		);
	});
});
