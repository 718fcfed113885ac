import fc from 'fast-check';

/**
 * Arbitraries for the kind of input social sources really send: any Unicode, empty text, emoji-only
 * posts, mixed scripts, markup and chat control sequences, impossible dates and counts of the wrong type.
 */

/** Payloads that would become live markup if a renderer forgot to escape them. */
export const INJECTIONS = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'<!channel>',
	'<!here>',
	'<!everyone>',
	'@here',
	'@channel',
	'@everyone',
	'!here',
	'<@U024BE7LH>',
	'<#C024BE7LH>',
	'<!subteam^S123>',
	'<http://evil.example|bank.com>',
	'<https://evil.example/login|Acme Bank>',
	'[Acme Bank](https://evil.example)',
	'![x](https://evil.example/x.png)',
	'<https://evil.example>',
	'[ref]: https://evil.example',
	'`code`',
	'**bold** _it_ ~strike~',
	'&lt;script&gt;',
	'&amp;',
	'"quoted" \'single\'',
	'{{brand}}',
	'# heading',
	'- item',
	'1. item',
	'> quote',
	'| a | b |',
	'---',
	'\\',
];

const WORDS = [
	'refund',
	'never',
	'arrived',
	'worst',
	'service',
	'thanks',
	'great',
	'late',
	'scam',
	'lawsuit',
	'fire',
	'kargo',
	'gelmedi',
	'rezalet',
	'iade',
	'İADE',
	'dolandırıcı',
	'teşekkürler',
	'güzel',
	'değil',
	'şikayet',
	'ACME',
	'Acme',
	'@acme',
	'#boycott',
	'NOT',
	'very',
	'!!!',
	'?',
	'…',
	'I',
	'ı',
	'i̇',
];

const SCRIPTS = [
	'заказ не пришёл',
	'الطلب لم يصل',
	'注文が届かない',
	'주문',
	'παραγγελία',
	'הזמנה',
	'हिन्दी',
	'ไทย',
];
const EMOJI = [
	'😡',
	'🤬',
	'👍',
	'❤️',
	'😂',
	'🙏🏽',
	'👨‍👩‍👧',
	'🇹🇷',
	'🔥',
	'💀',
	'\u{1F9D1}\u{200D}\u{1F4BB}',
];

/** Unicode pieces that are legal but awkward: zero-width, bidi controls, combining marks, NUL, odd line ends. */
const AWKWARD = [
	'\u200b',
	'\u2060',
	'\u202e',
	'\ufeff',
	'\u0301',
	'\u0000',
	'\r',
	'\r\n',
	'\u2028',
	'\t',
	'\u00a0',
	'  ',
	'\n\n\n',
];

const piece = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...WORDS) },
	{ weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
	{ weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
	{ weight: 1, arbitrary: fc.constantFrom(...SCRIPTS) },
	{ weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
	{ weight: 1, arbitrary: fc.constantFrom(...AWKWARD) },
	{ weight: 1, arbitrary: fc.constantFrom(...INJECTIONS) },
);

/** Any text a post could hold, weighted towards the cases that break parsers. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
	{
		weight: 6,
		arbitrary: fc
			.array(piece, { maxLength: 25 })
			.chain((parts) => fc.constantFrom(parts.join(' '), parts.join(''))),
	},
	{ weight: 1, arbitrary: fc.constantFrom('', ' ', '\n', '\t\t', '\u200b') },
	{
		weight: 1,
		arbitrary: fc
			.array(fc.constantFrom(...EMOJI), { minLength: 1, maxLength: 12 })
			.map((e) => e.join('')),
	},
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

/** Text that is guaranteed to carry at least one injection payload somewhere. */
export const textWithInjection: fc.Arbitrary<string> = fc
	.tuple(hostileText, fc.constantFrom(...INJECTIONS), hostileText)
	.map(([before, payload, after]) => `${before}${payload}${after}`);

/** A count as a source may send it: a fine number, or negative, huge, fractional, NaN, a string, null… */
export const hostileCount: fc.Arbitrary<unknown> = fc.oneof(
	fc.nat({ max: 10_000_000 }),
	fc.integer(),
	fc.double(),
	fc.constantFrom(
		NaN,
		Infinity,
		-Infinity,
		-0,
		Number.MAX_VALUE,
		Number.MIN_VALUE,
		2 ** 53 + 1,
		-1,
		1e308,
	),
	fc.constantFrom('12', '1e3', '-5', 'NaN', 'abc', '', ' ', '0x10'),
	fc.constantFrom(null, undefined, true, false, {}, [], [3]),
);

/** Instants from 1970 to 2100, including the future. */
const instant = fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms));

/** A date field as sources send it: ISO, other formats, future dates, impossible dates, wrong types. */
export const hostileDate: fc.Arbitrary<unknown> = fc.oneof(
	{ weight: 3, arbitrary: instant.map((d) => d.toISOString()) },
	{ weight: 1, arbitrary: instant.map((d) => d.toISOString().replace('Z', '+03:00')) },
	{ weight: 1, arbitrary: instant.map((d) => d.toUTCString()) },
	{ weight: 1, arbitrary: instant.map((d) => Math.floor(d.getTime() / 1000)) },
	{
		weight: 2,
		arbitrary: fc.constantFrom(
			'',
			'not a date',
			'2025-02-30T10:00:00Z',
			'2025-13-01T00:00:00Z',
			'9999-12-31T23:59:59Z',
			'+275760-09-13T00:00:00Z',
			'-000001-01-01T00:00:00Z',
			'2025-03-01',
			'2025-W10-1',
			'2025-03-01T25:61:00Z',
			'0000-00-00T00:00:00Z',
			'NaN',
			'Infinity',
		),
	},
	{
		weight: 1,
		arbitrary: fc.constantFrom(null, undefined, 0, -1, NaN, Infinity, 1e20, {}, [], true),
	},
	{ weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

/** A short string field that may be missing, empty, of the wrong type or hostile. */
export const hostileString: fc.Arbitrary<unknown> = fc.oneof(
	{ weight: 4, arbitrary: hostileText },
	{ weight: 1, arbitrary: fc.constantFrom(null, undefined, 0, 42, NaN, true, {}, [], ['a']) },
);

/** About one megabyte of text made of the given unit. */
export function megabyteOf(unit: string): string {
	return unit.repeat(Math.ceil(1_000_000 / unit.length));
}
