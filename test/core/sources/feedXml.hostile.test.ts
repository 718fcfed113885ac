import { MAX_FEED_CHARS, MAX_FEED_ENTRIES } from '../../../nodes/core/sources/feedLimits';
import { parseFeed } from '../../../nodes/core/sources/feedXml';

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));
const rss = (items: string) =>
	`<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>${items}</channel></rss>`;
const DATED = '<guid>g1</guid><pubDate>Mon, 10 Mar 2025 11:45:00 +0000</pubDate>';
const atom = (entries: string) =>
	`<feed xmlns="http://www.w3.org/2005/Atom"><title>Alerts</title>${entries}</feed>`;
const ATOM_DATED = '<id>e1</id><published>2025-03-10T11:30:00Z</published>';

// Regular expressions rescanned the rest of the feed from every unclosed tag: 9 s for 200 KB of "<title ",
// 11 s for "<item ", 6.7 s for Atom "<link ". Each size here is read in one pass.
describe.each([200_000, 1_000_000])('parseFeed: %d characters of hostile markup', (size) => {
	it('"<title " inside an item: read as one title tag, with or without its end', () => {
		expect(
			parseFeed(rss(`<item>${DATED}${fill('<title ', size)}>Acme refund</title></item>`))?.entries,
		).toEqual([
			expect.objectContaining({
				id: 'g1',
				title: 'Acme refund',
				published: 'Mon, 10 Mar 2025 11:45:00 +0000',
			}),
		]);
		const unclosed = parseFeed(rss(`<item>${DATED}${fill('<title ', size)}</item>`));
		expect(unclosed?.entries.map((entry) => [entry.id, entry.title])).toEqual([['g1', undefined]]);
	});

	it('"<item " repeated: one item tag, or none when it never ends', () => {
		expect(
			parseFeed(rss(`${fill('<item ', size)}>${DATED}</item>`))?.entries.map((entry) => entry.id),
		).toEqual(['g1']);
		expect(parseFeed(`<rss><channel><title>News</title>${fill('<item ', size)}`)).toEqual({
			format: 'rss',
			title: 'News',
			entries: [],
		});
	});

	it('"<item>" nested without end: one entry, kept as read', () => {
		expect(
			parseFeed(rss(`${fill('<item>', size)}${DATED}</item>`))?.entries.map((entry) => entry.id),
		).toEqual(['g1']);
	});

	it('Atom "<link " repeated inside an entry: the alternate link after it is still found', () => {
		const entries = parseFeed(
			atom(
				`<entry>${ATOM_DATED}${fill('<link ', size)}/><link rel="alternate" href="https://news.example.com/a?x=1&amp;y=2"/></entry>`,
			),
		)?.entries;
		expect(entries?.map((entry) => [entry.id, entry.link])).toEqual([
			['e1', 'https://news.example.com/a?x=1&y=2'],
		]);
		const unclosed = parseFeed(
			atom(`<entry>${ATOM_DATED}${fill('<link ', size)}</entry>`),
		)?.entries;
		expect(unclosed?.map((entry) => [entry.id, entry.link])).toEqual([['e1', undefined]]);
	});

	it('"<!--" repeated: one comment up to the first "-->"', () => {
		expect(parseFeed(`<rss>${fill('<!--', size)}`)).toEqual({ format: 'rss', entries: [] });
		expect(
			parseFeed(`${fill('<!--', size)}-->${rss(`<item>${DATED}</item>`)}`)?.entries.map(
				(entry) => entry.id,
			),
		).toEqual(['g1']);
	});

	it('end tags that match nothing open are ignored, whatever their number', () => {
		expect(
			parseFeed(rss(`<item>${DATED}${fill('</x>', size)}<title>Acme</title></item>`))?.entries.map(
				(entry) => entry.title,
			),
		).toEqual(['Acme']);
	});

	it('"&" repeated in a body and in text values: kept as written, text values cut at 8,192 characters', () => {
		const entry = parseFeed(
			rss(
				`<item>${DATED}<description>${fill('&', size)}</description><dc:creator>${fill('&', size)}</dc:creator><link>${fill('&#x', size)}</link></item>`,
			),
		)?.entries[0];
		expect(entry?.body).toBe(fill('&', size));
		expect(entry?.author).toBe('&'.repeat(8_192));
		expect(entry?.link).toBe(fill('&#x', size).slice(0, 8_192));
	});

	it('xml:base nested without end above a link: the first eight declarations make its base, the rest are not honoured', () => {
		const entry = parseFeed(
			atom(`<entry>${ATOM_DATED}${fill('<x xml:base="a/">', size)}<link href="b"/></entry>`),
			'https://blog.example.com/',
		)?.entries[0];
		expect(entry).toMatchObject({
			id: 'e1',
			link: 'b',
			linkBase: `https://blog.example.com/${'a/'.repeat(8)}`,
		});
	});

	it("xml:base on every item: each kept item resolves its own, against the channel's", () => {
		const item = '<item xml:base="a/"><guid>g</guid><link>b</link></item>';
		const feed = parseFeed(
			`<rss><channel xml:base="https://news.example.com/${'d/'.repeat(1000)}">${fill(item, size)}</channel></rss>`,
		);
		expect(feed?.entries).toHaveLength(MAX_FEED_ENTRIES);
		expect(new Set(feed?.entries.map((entry) => entry.linkBase))).toEqual(
			new Set([`https://news.example.com/${'d/'.repeat(1000)}a/`]),
		);
	});

	it('an HTML body with unclosed tags inside a description stays one value', () => {
		const body = parseFeed(
			rss(`<item>${DATED}<description>${fill('<p>Acme <br>', size)}</description></item>`),
		)?.entries[0].body;
		expect(body?.startsWith('<p>Acme <br>')).toBe(true);
	});
});

describe('parseFeed: bounded', () => {
	it(`reads at most ${MAX_FEED_ENTRIES} entries and says the feed was cut`, () => {
		const feed = parseFeed(
			rss(
				Array.from(
					{ length: MAX_FEED_ENTRIES + 500 },
					(_, index) => `<item><guid>g${index}</guid></item>`,
				).join(''),
			),
		);
		expect(feed?.entries).toHaveLength(MAX_FEED_ENTRIES);
		expect(feed?.entries[MAX_FEED_ENTRIES - 1].id).toBe(`g${MAX_FEED_ENTRIES - 1}`);
		expect(feed?.truncated).toBe(true);
		expect(parseFeed(rss('<item><guid>g</guid></item>'))?.truncated).toBeUndefined();
	});

	it(`reads at most ${MAX_FEED_CHARS} characters; the entry cut in two keeps what was read`, () => {
		const feed = parseFeed(
			rss(
				`<item>${DATED}<description>${'a'.repeat(MAX_FEED_CHARS)}</description></item><item><guid>g2</guid></item>`,
			),
		);
		expect(feed?.entries.map((entry) => entry.id)).toEqual(['g1']);
		expect(feed?.entries[0].body?.length).toBeLessThan(MAX_FEED_CHARS);
		expect(feed?.truncated).toBe(true);
	});
});

describe('parseFeed: values', () => {
	it('keeps HTML bodies from CDATA, escaped text and inline XHTML; nested text stays text', () => {
		const feed = parseFeed(
			atom(
				`<entry>${ATOM_DATED}<title type="html">&lt;b&gt;Acme&lt;/b&gt; &amp;amp; co</title>` +
					'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Refund &lt;never&gt; came<br/>at all</p></div></content></entry>',
			),
		);
		expect(feed?.entries[0].title).toBe('<b>Acme</b> &amp; co');
		expect(feed?.entries[0].body).toBe('<div><p>Refund &lt;never&gt; came<br/>at all</p></div>');
		const rssFeed = parseFeed(
			rss(
				`<item>${DATED}<description><![CDATA[<p>Acme & <i>co</i></p>]]></description><dc:creator>Jos&eacute; <b>Doe</b></dc:creator></item>`,
			),
		);
		expect(rssFeed?.entries[0]).toMatchObject({
			body: '<p>Acme & <i>co</i></p>',
			author: 'José Doe',
		});
		// Each entity is decoded once: "&amp;eacute;" is the text "&eacute;".
		expect(
			parseFeed(rss(`<item>${DATED}<dc:creator>&amp;eacute; &#233;</dc:creator></item>`))
				?.entries[0].author,
		).toBe('&eacute; é');
	});

	it('takes the feed title from before the first entry, and Atom author names from <author><name>', () => {
		const feed = parseFeed(
			atom(
				`<entry>${ATOM_DATED}<title>t</title><author><name>Jane</name><email>j@example.com</email></author></entry>`,
			),
		);
		expect(feed).toMatchObject({
			format: 'atom',
			title: 'Alerts',
			entries: [{ author: 'Jane', title: 't' }],
		});
		expect(
			parseFeed(atom(`<entry>${ATOM_DATED}<author>Newsroom</author></entry>`))?.entries[0].author,
		).toBe('Newsroom');
	});

	it('an xml:base longer than 2,048 characters, or one that is no URL, leaves the base around it in effect', () => {
		const entries = parseFeed(
			atom(
				`<entry xml:base="https://long.example.com/${'x'.repeat(2_048)}/">${ATOM_DATED}<link href="a"/></entry>` +
					`<entry xml:base="http://[bad">${ATOM_DATED}<link href="b"/></entry>`,
			),
			'https://blog.example.com/feed.xml',
		)?.entries;
		expect(entries?.map((entry) => entry.linkBase)).toEqual([
			'https://blog.example.com/feed.xml',
			'https://blog.example.com/feed.xml',
		]);
	});

	it('is no feed without a feed element, even when the words appear as text', () => {
		expect(parseFeed('<html><body>&lt;rss&gt; <![CDATA[<feed>]]></body></html>')).toBeUndefined();
		expect(parseFeed('')).toBeUndefined();
	});
});
