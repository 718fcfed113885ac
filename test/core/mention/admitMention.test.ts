import fc from 'fast-check';
import { absoluteHttpUrl } from '../../../nodes/core/mention/absoluteHttpUrl';
import { admitMention, MAX_MENTION_TEXT_CHARS } from '../../../nodes/core/mention/admitMention';
import { removeInvisibleCharacters } from '../../../nodes/core/mention/invisibleCharacters';
import type { Mention } from '../../../nodes/core/mention/Mention';
import { collectPages } from '../../../nodes/core/sources/collectPages';
import { hostileText } from '../property/hostileInput';

const mention = (
	overrides: Partial<Mention> = {},
	author: Partial<Mention['author']> = {},
): Mention => ({
	id: 'rss:0123456789abcdef',
	source: 'rss',
	url: 'https://news.example.com/acme',
	text: 'Acme refund never came',
	createdAt: '2025-03-10T11:45:00.000Z',
	author: {
		handle: 'priya',
		name: 'Priya Shah',
		url: 'https://news.example.com/authors/priya',
		...author,
	},
	engagement: { likes: 0, replies: 0, shares: 0 },
	tagged: false,
	query: 'acme',
	...overrides,
});

const HOSTILE_URLS = [
	'javascript:alert(document.cookie)',
	'JavaScript:alert(1)',
	' javascript:alert(1)',
	'java\tscript:alert(1)',
	'\u0000javascript:alert(1)',
	'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
	'vbscript:msgbox(1)',
	'file:///etc/passwd',
	'ftp://files.example.com/a',
	'mailto:a@example.com',
	'//evil.example/x',
	'/2025/03/acme',
	'acme-outage.html',
	'tag:google.com,2013:googlealerts/feed:1',
	'http:/evil.example',
	'http:evil.example',
	'https:\\\\evil.example',
	'https://',
	'https://user:secret@news.example.com/a',
	'https://news.example.com@evil.example/',
	'https://news.example.com/a b',
	'https://news.example.com/a\nb',
	`https://news.example.com/${'a'.repeat(9_000)}`,
	'',
];

describe('absoluteHttpUrl', () => {
	it('admits absolute http(s) URLs, written the one way a browser reads them', () => {
		expect(absoluteHttpUrl('https://news.example.com/a?x=1&y=2#c')).toBe(
			'https://news.example.com/a?x=1&y=2#c',
		);
		expect(absoluteHttpUrl('  HTTP://News.Example.com:80/a/../b  ')).toBe(
			'http://news.example.com/b',
		);
		expect(absoluteHttpUrl('https://news.example.com')).toBe('https://news.example.com/');
		expect(absoluteHttpUrl('https://news.example.com/"><script>alert(1)</script>')).toBe(
			'https://news.example.com/%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
		);
		expect(absoluteHttpUrl('https://haber.example.com.tr/açıklama\u202e')).toBe(
			'https://haber.example.com.tr/a%C3%A7%C4%B1klama%E2%80%AE',
		);
	});

	it.each(HOSTILE_URLS)('refuses %p', (url) => {
		expect(absoluteHttpUrl(url)).toBeUndefined();
	});

	it('never admits anything but an absolute http(s) URL that reads back as itself', () => {
		const urlish = fc.oneof(
			hostileText,
			fc.webUrl({ withQueryParameters: true, withFragments: true }),
			fc
				.tuple(
					fc.constantFrom(
						'javascript:',
						'data:',
						'vbscript:',
						'http:',
						'https://',
						' https://',
						'//',
						'/',
					),
					hostileText,
				)
				.map(([a, b]) => a + b),
		);
		fc.assert(
			fc.property(urlish, (value) => {
				const admitted = absoluteHttpUrl(value);
				if (admitted === undefined) return;
				const parsed = new URL(admitted);
				expect(['http:', 'https:']).toContain(parsed.protocol);
				expect(parsed.href).toBe(admitted);
				expect(admitted).not.toMatch(/[\s"<>\u0000-\u001f\u007f]/);
			}),
			{ numRuns: 500 },
		);
	});
});

describe('removeInvisibleCharacters', () => {
	it('removes bidi overrides, embeddings, isolates and marks, and zero-width characters', () => {
		expect(
			removeInvisibleCharacters(
				'gnp\u202E.exe \u2066a\u2069 \u202Ab\u202C re\u200Bfu\u200Cn\u200Dd \u2060x\uFEFF \u200Ey\u200F',
			),
		).toBe('gnp.exe a b refund x y');
		expect(removeInvisibleCharacters('İade 😡 🇹🇷')).toBe('İade 😡 🇹🇷');
	});
});

describe('admitMention: the one gate every source adapter’s mention passes', () => {
	it('lets a clean mention through unchanged', () => {
		expect(admitMention(mention())).toEqual(mention());
	});

	it('passes a skip reason through', () => {
		expect(admitMention('status 1: no id')).toBe('status 1: no id');
	});

	it.each([
		'javascript:alert(document.cookie)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'/relative/path',
		'tag:x,2025:1',
	])('skips a mention whose url is %p, saying why without repeating it', (url) => {
		const reason = admitMention(mention({ url }));
		expect(typeof reason).toBe('string');
		expect(reason).toMatch(/^rss:0123456789abcdef: url .*is not an absolute http\(s\) URL$/);
		expect(reason).not.toContain('alert');
		expect(reason).not.toContain('<');
	});

	it('drops an author url that is not absolute http(s), keeping the mention', () => {
		for (const url of ['javascript:alert(1)', 'data:,x', '/users/priya', '']) {
			const admitted = admitMention(mention({}, { url })) as Mention;
			expect(admitted.url).toBe('https://news.example.com/acme');
			expect(admitted.author).toEqual({ handle: 'priya', name: 'Priya Shah' });
		}
	});

	it('stores urls as a browser reads them', () => {
		const admitted = admitMention(
			mention({ url: 'HTTPS://News.Example.com' }, { url: 'https://news.example.com/a%20b' }),
		) as Mention;
		expect(admitted.url).toBe('https://news.example.com/');
		expect(admitted.author.url).toBe('https://news.example.com/a%20b');
	});

	it('strips bidi overrides and zero-width characters from the text, handle and name', () => {
		const admitted = admitMention(
			mention(
				{ text: 'Acme \u202Eyaw ti\u202C re\u200Bfund' },
				{ handle: 'acme\u200Bsupport', name: '\u2066Acme Support\u2069' },
			),
		) as Mention;
		expect(admitted.text).toBe('Acme yaw ti refund');
		expect(admitted.author).toMatchObject({ handle: 'acmesupport', name: 'Acme Support' });
	});

	it('skips a mention with nothing visible left in its text or handle; drops a name with nothing left', () => {
		expect(admitMention(mention({ text: '\u200B\u202E \uFEFF' }))).toBe(
			'rss:0123456789abcdef: no visible text',
		);
		expect(admitMention(mention({}, { handle: '\u200B' }))).toBe(
			'rss:0123456789abcdef: no visible author handle',
		);
		expect((admitMention(mention({}, { name: '\u2066\u2069' })) as Mention).author).toEqual({
			handle: 'priya',
			url: 'https://news.example.com/authors/priya',
		});
	});

	it(`caps the text at ${MAX_MENTION_TEXT_CHARS} characters and says so, without splitting a character`, () => {
		const admitted = admitMention(
			mention({ text: 'a'.repeat(MAX_MENTION_TEXT_CHARS - 1) + '😡'.repeat(10) }),
		) as Mention;
		expect(admitted.text).toBe(`${'a'.repeat(MAX_MENTION_TEXT_CHARS - 1)}… (truncated)`);
		expect(
			(admitMention(mention({ text: 'a'.repeat(MAX_MENTION_TEXT_CHARS) })) as Mention).text,
		).toBe('a'.repeat(MAX_MENTION_TEXT_CHARS));
	});

	it('admits only http(s) urls and visible text, whatever the mention holds', () => {
		fc.assert(
			fc.property(
				hostileText,
				hostileText,
				hostileText,
				fc.constantFrom(...HOSTILE_URLS, 'https://news.example.com/a'),
				(text, handle, name, url) => {
					const admitted = admitMention(mention({ text, url }, { handle, name, url }));
					if (typeof admitted === 'string') return;
					for (const link of [admitted.url, admitted.author.url])
						if (link !== undefined) expect(link).toMatch(/^https?:\/\/[^\s"<>]+$/);
					for (const value of [admitted.text, admitted.author.handle, admitted.author.name ?? '']) {
						expect(value).not.toMatch(
							/[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/,
						);
					}
				},
			),
			{ numRuns: 300 },
		);
	});

	it('is applied to every normalised item in collectPages, with the skip counted at its index', async () => {
		const items = [
			mention({ id: 'x:1' }),
			mention({ id: 'x:2', url: 'javascript:alert(1)' }),
			mention({ id: 'x:3' }),
		];
		const collected = await collectPages(
			{ keywords: [], handles: [], excludeWords: [], limit: 10, brandHandles: [] },
			async (cursor) => (cursor ? undefined : { items, next: undefined }),
			(item) => item as Mention,
			{ maxPages: 1, newestFirst: true },
		);
		expect(collected.mentions.map((kept) => kept.id)).toEqual(['x:1', 'x:3']);
		expect(collected.skipped).toEqual([
			{ index: 1, reason: 'x:2: url with scheme "javascript:" is not an absolute http(s) URL' },
		]);
	});
});
