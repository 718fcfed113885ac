import { MAX_FEED_ENTRIES } from '../../../nodes/core/sources/feedLimits';
import { parseFeed } from '../../../nodes/core/sources/feedXml';
import { searchRss } from '../../../nodes/core/sources/rss';
import { SourceError } from '../../../nodes/core/sources/SourceError';
import { fakeFetch, fixtureText, NOW, ok, query, recordingSleep, status } from './fakeHttp';

const ALERTS = 'http://127.0.0.1:5678/alerts/feeds/1';
const NEWS = 'http://127.0.0.1:5678/news.rss';

describe('RSS/Atom adapter', () => {
	const options = {
		now: () => NOW,
		sleep: recordingSleep().sleep,
		settings: { rss: { feedUrls: [ALERTS, NEWS] } },
	};
	const server = () =>
		fakeFetch([
			{
				when: (request) => request.url === ALERTS,
				answers: [ok(fixtureText('google-alerts.atom.xml'))],
			},
			{ when: (request) => request.url === NEWS, answers: [ok(fixtureText('news.rss.xml'))] },
		]);

	it('parses Atom and RSS 2.0 entries', () => {
		const atom = parseFeed(fixtureText('google-alerts.atom.xml'));
		expect(atom?.format).toBe('atom');
		expect(atom?.title).toBe('Google Alert - Acme');
		expect(atom?.entries[0].title).toBe(
			'<b>Acme</b> customers report missing refunds after outage',
		);
		const rss = parseFeed(fixtureText('news.rss.xml'));
		expect(rss?.format).toBe('rss');
		expect(rss?.entries[0]).toMatchObject({
			id: 'retail-2025-0310-001',
			author: 'Priya Shah',
			published: 'Mon, 10 Mar 2025 11:45:00 +0000',
		});
		expect(parseFeed('<html><body>not a feed</body></html>')).toBeUndefined();
	});

	it('merges feeds newest first, unwraps Google redirects and keeps only entries with a keyword', async () => {
		const { fetch } = server();
		const result = await searchRss(fetch, query({ brandHandles: ['acme'] }), options);
		expect(result.mentions.map((mention) => mention.url)).toEqual([
			'https://retail.example.com/2025/03/acme-outage',
			'https://news.example.com/business/acme-refunds',
			'https://haber.example.com.tr/acme-depo',
		]);
		expect(result.mentions[0]).toMatchObject({
			text: "Acme app outage leaves shoppers stranded\n\nAcme's app was down for six hours; @acme said a fix is coming.",
			createdAt: '2025-03-10T11:45:00.000Z',
			author: { handle: 'Priya Shah' },
			tagged: true,
			query: 'Acme',
		});
		expect(result.mentions[1].text).toBe(
			'Acme customers report missing refunds after outage\n\nShoppers say Acme has not returned money for cancelled orders & the helpline is unreachable ...',
		);
		expect(result.mentions[1].author.handle).toBe('news.example.com');
		expect(result.mentions[2].text).toContain("Gebze'de");
		expect(result.mentions[0].id).toMatch(/^rss:[0-9a-f]{16}$/);
		expect(result.skipped.map((skip) => skip.reason)).toEqual([
			`entry "Entry without id or link": no guid, id or link (feed ${ALERTS})`,
			`entry https://retail.example.com/2025/03/undated: no valid date (feed ${NEWS})`,
		]);
	});

	it('gives the same id for the same entry on every fetch', async () => {
		const first = await searchRss(server().fetch, query(), options);
		const second = await searchRss(server().fetch, query(), options);
		expect(second.mentions.map((mention) => mention.id)).toEqual(
			first.mentions.map((mention) => mention.id),
		);
	});

	it('reports one broken feed as a notice and still returns the others; all broken is an error', async () => {
		const { fetch } = fakeFetch([
			{
				when: (request) => request.url === ALERTS,
				answers: [status(404, '<html>Not Found</html>')],
			},
			{ when: (request) => request.url === NEWS, answers: [ok(fixtureText('news.rss.xml'))] },
		]);
		const result = await searchRss(
			fetch,
			query({ since: new Date('2025-03-10T11:00:00Z') }),
			options,
		);
		expect(result.mentions).toHaveLength(1);
		expect(result.notices[0]).toContain(`feed ${ALERTS} failed: RSS/Atom answered 404`);
		const down = fakeFetch([{ when: () => true, answers: [status(500, 'oops')] }]);
		await expect(
			searchRss(down.fetch, query(), { ...options, retry: { maxRetries: 0 } }),
		).rejects.toBeInstanceOf(SourceError);
	});

	it('needs http(s) feed URLs', async () => {
		await expect(
			searchRss(server().fetch, query(), { ...options, settings: { rss: { feedUrls: [] } } }),
		).rejects.toThrow(/^feedUrls:/);
		await expect(
			searchRss(server().fetch, query(), {
				...options,
				settings: { rss: { feedUrls: ['file:///etc/passwd'] } },
			}),
		).rejects.toThrow(/^feedUrls:/);
	});
	describe('links as real feeds write them', () => {
		const BLOG = 'http://127.0.0.1:5678/atom.xml';
		const COMMUNITY = 'http://127.0.0.1:5678/community/latest.rss';
		const searchFeed = (feedUrl: string, xml: string) =>
			searchRss(fakeFetch([{ when: () => true, answers: [ok(xml)] }]).fetch, query(), {
				...options,
				settings: { rss: { feedUrls: [feedUrl] } },
			});

		it("resolves relative links against the feed URL and xml:base; Atom entries without an author take the feed's", async () => {
			const result = await searchFeed(BLOG, fixtureText('blog-relative.atom.xml'));
			expect(result.skipped).toEqual([]);
			expect(result.mentions.map((mention) => [mention.url, mention.author.handle])).toEqual([
				['http://127.0.0.1:5678/blog/2013/01/30/Plex', 'Jane Roe'],
				['https://mirror.example.org/archive/2013/acme-refund', 'Guest Writer'],
				['http://127.0.0.1:5678/blog/2013/02/01/unnamed', 'Jane Roe'],
			]);
		});

		it('applies xml:base nested on the feed, the entry and the link itself, each against the one around it', async () => {
			const xml =
				'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.com/en/"><title>t</title>' +
				'<entry xml:base="posts/"><id>e1</id><updated>2025-03-10T11:00:00Z</updated><title>Acme one</title><link href="acme-1"/></entry>' +
				'<entry><id>e2</id><updated>2025-03-10T10:00:00Z</updated><title>Acme two</title><link xml:base="/archive/2013/" href="acme-2"/></entry>' +
				'<entry xml:base="//cdn.example.net/"><id>e3</id><updated>2025-03-10T09:00:00Z</updated><title>Acme three</title><link href="acme-3?a=1&amp;b=2"/></entry>' +
				'<entry><id>e4</id><updated>2025-03-10T08:00:00Z</updated><title>Acme four</title><link href="https://elsewhere.example.com/acme-4"/></entry>' +
				'</feed>';
			const result = await searchFeed(BLOG, xml);
			expect(result.mentions.map((mention) => mention.url)).toEqual([
				'https://blog.example.com/en/posts/acme-1',
				'https://blog.example.com/archive/2013/acme-2',
				'https://cdn.example.net/acme-3?a=1&b=2',
				'https://elsewhere.example.com/acme-4',
			]);
			expect(result.mentions.map((mention) => mention.author.handle)).toEqual([
				'blog.example.com',
				'blog.example.com',
				'cdn.example.net',
				'elsewhere.example.com',
			]);
		});

		it('a relative xml:base resolves against the feed URL; a base that is not http(s) makes no mention url', async () => {
			const xml =
				'<rss version="2.0"><channel xml:base="/news/"><title>t</title>' +
				'<item><guid>r1</guid><pubDate>Mon, 10 Mar 2025 11:00:00 GMT</pubDate><title>Acme relative</title><link>2025/acme</link></item>' +
				'<item xml:base="ftp://files.example.com/"><guid>f1</guid><pubDate>Mon, 10 Mar 2025 10:00:00 GMT</pubDate><title>Acme ftp</title><link>acme</link></item>' +
				'</channel></rss>';
			const result = await searchFeed(BLOG, xml);
			expect(result.mentions.map((mention) => [mention.url, mention.author.handle])).toEqual([
				['http://127.0.0.1:5678/news/2025/acme', '127.0.0.1:5678'],
			]);
			expect(result.skipped.map((skip) => skip.reason)).toEqual([
				`entry f1: link "ftp:…" is not an http(s) URL (feed ${BLOG})`,
			]);
		});

		it('reads RSS written by .NET: <a10:link>, <a10:author><a10:name>, <a10:updated> and <a10:content>', async () => {
			const result = await searchFeed(COMMUNITY, fixtureText('dotnet-a10.rss.xml'));
			expect(result.skipped).toEqual([]);
			expect(result.mentions).toHaveLength(2);
			expect(result.mentions[0]).toMatchObject({
				url: 'https://community.example.com/t/acme-refund-missing/1001',
				author: { handle: 'Deniz Yilmaz' },
				createdAt: '2025-03-10T11:40:00.000Z',
				text: 'Acme refund missing for two weeks\n\nI returned the order on the 24th and Acme still has not refunded it.',
			});
			expect(result.mentions[1]).toMatchObject({
				url: 'https://community.example.com/t/acme-kargo/1002',
				author: { handle: 'Acme Community' },
				createdAt: '2025-03-10T10:00:00.000Z',
				text: 'Acme kargo gecikmesi\n\nAcme siparişim bir haftadır depoda.',
			});
		});

		it('knows the Atom namespace by its URI, whatever the prefix', async () => {
			const xml =
				'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>t</title><atom:link rel="self" href="/feed"/>' +
				'<item><guid>a1</guid><atom:link rel="enclosure" href="https://cdn.example.com/a.mp3"/><atom:link href="https://news.example.com/acme"/>' +
				'<atom:author><atom:name>Reporter</atom:name></atom:author><atom:published>2025-03-10T11:00:00Z</atom:published><title>Acme</title></item>' +
				'<item><guid>n1</guid><pubDate>Mon, 10 Mar 2025 10:00:00 GMT</pubDate><other:link xmlns:other="urn:example:other" href="https://wrong.example.com/"/><title>Acme other</title></item>' +
				'</channel></rss>';
			const result = await searchFeed(BLOG, xml);
			expect(
				result.mentions.map((mention) => [mention.url, mention.author.handle, mention.createdAt]),
			).toEqual([['https://news.example.com/acme', 'Reporter', '2025-03-10T11:00:00.000Z']]);
			expect(result.skipped.map((skip) => skip.reason)).toEqual([
				`entry n1: no link (feed ${BLOG})`,
			]);
		});
	});

	describe('hostile feeds', () => {
		const FEED = 'http://127.0.0.1:5678/hostile.rss';
		const item = (inner: string) =>
			`<item><pubDate>Mon, 10 Mar 2025 11:45:00 +0000</pubDate>${inner}</item>`;
		const search = (items: string) =>
			searchRss(
				fakeFetch([
					{
						when: () => true,
						answers: [ok(`<rss version="2.0"><channel><title>t</title>${items}</channel></rss>`)],
					},
				]).fetch,
				query(),
				{ ...options, settings: { rss: { feedUrls: [FEED] } } },
			);

		it('never makes a javascript:, data: or relative link the mention url: the entry is skipped with a reason', async () => {
			const result = await search(
				item(
					'<guid>j1</guid><link>javascript:alert(document.cookie)</link><title>Acme refund</title>',
				) +
					item(
						'<guid>d1</guid><link>data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</link><title>Acme refund</title>',
					) +
					item(
						'<guid>f1</guid><link>ftp://files.example.com/acme</link><title>Acme refund</title>',
					) +
					item(
						'<guid>ok</guid><link>https://news.example.com/acme</link><title>Acme refund</title>',
					),
			);
			expect(result.mentions.map((mention) => mention.url)).toEqual([
				'https://news.example.com/acme',
			]);
			expect(result.skipped.map((skip) => skip.reason)).toEqual([
				expect.stringMatching(
					/^entry j1: link "javascript:…" is not an http\(s\) URL \(feed .*\)$/,
				),
				expect.stringMatching(/^entry d1: link "data:…" is not an http\(s\) URL/),
				expect.stringMatching(/^entry f1: link "ftp:…" is not an http\(s\) URL/),
			]);
		});

		// 50 KB of "<p " closed by "<br>" took 2.6 s and leaked "<p <p …" into the text; 200 KB through a feed took 24.7 s.
		it.each([
			['in CDATA', (html: string) => `<![CDATA[${html}]]>`],
			[
				'entity-escaped',
				(html: string) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
			],
		])(
			'reads a description of 50 KB of "<p " then "<br>" %s as the words after it',
			async (_form, wrap) => {
				const result = await search(
					item(
						`<guid>p1</guid><link>https://news.example.com/p</link><description>${wrap(`${'<p '.repeat(17067)}<br>Acme refund never came`)}</description>`,
					),
				);
				expect(result.mentions.map((mention) => mention.text)).toEqual(['Acme refund never came']);
			},
		);

		it(`says when a feed has more than ${MAX_FEED_ENTRIES} entries`, async () => {
			const entries = Array.from({ length: MAX_FEED_ENTRIES + 1 }, (_, index) =>
				item(
					`<guid>g${index}</guid><link>https://news.example.com/${index}</link><title>Acme</title>`,
				),
			);
			const result = await search(entries.join(''));
			expect(result.notices).toContain(
				`${FEED}: only the first ${MAX_FEED_ENTRIES} entries and 5000000 characters of a feed are read`,
			);
			expect(result.mentions).toHaveLength(50);
		});
	});
});
