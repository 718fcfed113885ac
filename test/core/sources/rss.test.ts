import { MAX_FEED_ENTRIES, parseFeed } from '../../../nodes/core/sources/feedXml';
import { searchRss } from '../../../nodes/core/sources/rss';
import { SourceError } from '../../../nodes/core/sources/SourceError';
import { fakeFetch, fixtureText, NOW, ok, query, recordingSleep, status } from './fakeHttp';

const ALERTS = 'http://127.0.0.1:5678/alerts/feeds/1';
const NEWS = 'http://127.0.0.1:5678/news.rss';

describe('RSS/Atom adapter', () => {
	const options = { now: () => NOW, sleep: recordingSleep().sleep, settings: { rss: { feedUrls: [ALERTS, NEWS] } } };
	const server = () =>
		fakeFetch([
			{ when: (request) => request.url === ALERTS, answers: [ok(fixtureText('google-alerts.atom.xml'))] },
			{ when: (request) => request.url === NEWS, answers: [ok(fixtureText('news.rss.xml'))] },
		]);

	it('parses Atom and RSS 2.0 entries', () => {
		const atom = parseFeed(fixtureText('google-alerts.atom.xml'));
		expect(atom?.format).toBe('atom');
		expect(atom?.title).toBe('Google Alert - Acme');
		expect(atom?.entries[0].title).toBe('<b>Acme</b> customers report missing refunds after outage');
		const rss = parseFeed(fixtureText('news.rss.xml'));
		expect(rss?.format).toBe('rss');
		expect(rss?.entries[0]).toMatchObject({ id: 'retail-2025-0310-001', author: 'Priya Shah', published: 'Mon, 10 Mar 2025 11:45:00 +0000' });
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
		expect(result.mentions[1].text).toBe('Acme customers report missing refunds after outage\n\nShoppers say Acme has not returned money for cancelled orders & the helpline is unreachable ...');
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
		expect(second.mentions.map((mention) => mention.id)).toEqual(first.mentions.map((mention) => mention.id));
	});

	it('reports one broken feed as a notice and still returns the others; all broken is an error', async () => {
		const { fetch } = fakeFetch([
			{ when: (request) => request.url === ALERTS, answers: [status(404, '<html>Not Found</html>')] },
			{ when: (request) => request.url === NEWS, answers: [ok(fixtureText('news.rss.xml'))] },
		]);
		const result = await searchRss(fetch, query({ since: new Date('2025-03-10T11:00:00Z') }), options);
		expect(result.mentions).toHaveLength(1);
		expect(result.notices[0]).toContain(`feed ${ALERTS} failed: RSS/Atom answered 404`);
		const down = fakeFetch([{ when: () => true, answers: [status(500, 'oops')] }]);
		await expect(searchRss(down.fetch, query(), { ...options, retry: { maxRetries: 0 } })).rejects.toBeInstanceOf(SourceError);
	});

	it('needs http(s) feed URLs', async () => {
		await expect(searchRss(server().fetch, query(), { ...options, settings: { rss: { feedUrls: [] } } })).rejects.toThrow(/^feedUrls:/);
		await expect(searchRss(server().fetch, query(), { ...options, settings: { rss: { feedUrls: ['file:///etc/passwd'] } } })).rejects.toThrow(/^feedUrls:/);
	});
	describe('hostile feeds', () => {
		const FEED = 'http://127.0.0.1:5678/hostile.rss';
		const item = (inner: string) => `<item><pubDate>Mon, 10 Mar 2025 11:45:00 +0000</pubDate>${inner}</item>`;
		const search = (items: string) =>
			searchRss(
				fakeFetch([{ when: () => true, answers: [ok(`<rss version="2.0"><channel><title>t</title>${items}</channel></rss>`)] }]).fetch,
				query(),
				{ ...options, settings: { rss: { feedUrls: [FEED] } } },
			);

		it('never makes a javascript:, data: or relative link the mention url: the entry is skipped with a reason', async () => {
			const result = await search(
				item('<guid>j1</guid><link>javascript:alert(document.cookie)</link><title>Acme refund</title>') +
					item('<guid>d1</guid><link>data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</link><title>Acme refund</title>') +
					item('<guid>r1</guid><link>/2025/03/acme</link><title>Acme refund</title>') +
					item('<guid>ok</guid><link>https://news.example.com/acme</link><title>Acme refund</title>'),
			);
			expect(result.mentions.map((mention) => mention.url)).toEqual(['https://news.example.com/acme']);
			expect(result.skipped.map((skip) => skip.reason)).toEqual([
				expect.stringMatching(/^rss:[0-9a-f]{16}: url with scheme "javascript:" is not an absolute http\(s\) URL \(feed .*\)$/),
				expect.stringMatching(/^rss:[0-9a-f]{16}: url with scheme "data:" is not an absolute http\(s\) URL/),
				expect.stringMatching(/^rss:[0-9a-f]{16}: url is not an absolute http\(s\) URL/),
			]);
		});

		// 50 KB of "<p " closed by "<br>" took 2.6 s and leaked "<p <p …" into the text; 200 KB through a feed took 24.7 s.
		it.each([
			['in CDATA', (html: string) => `<![CDATA[${html}]]>`],
			['entity-escaped', (html: string) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')],
		])('reads a description of 50 KB of "<p " then "<br>" %s as the words after it', async (_form, wrap) => {
			const result = await search(item(`<guid>p1</guid><link>https://news.example.com/p</link><description>${wrap(`${'<p '.repeat(17067)}<br>Acme refund never came`)}</description>`));
			expect(result.mentions.map((mention) => mention.text)).toEqual(['Acme refund never came']);
		});

		it(`says when a feed has more than ${MAX_FEED_ENTRIES} entries`, async () => {
			const entries = Array.from({ length: MAX_FEED_ENTRIES + 1 }, (_, index) => item(`<guid>g${index}</guid><link>https://news.example.com/${index}</link><title>Acme</title>`));
			const result = await search(entries.join(''));
			expect(result.notices).toContain(`${FEED}: only the first ${MAX_FEED_ENTRIES} entries and 5000000 characters of a feed are read`);
			expect(result.mentions).toHaveLength(50);
		});
	});
});
