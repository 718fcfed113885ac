import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import type { INode } from 'n8n-workflow';

import { node, runWorkflow } from './harness/engine';
import { LoopbackServer } from './harness/loopbackServer';

const fixtureText = (name: string) =>
	fs.readFileSync(path.join(__dirname, '../core/sources/fixtures', name), 'utf8');

/** The RSS adapter's id: a short hash of the guid (or link), stable across executions. */
const rssId = (guid: string) => `rss:${createHash('sha1').update(guid).digest('hex').slice(0, 16)}`;

function fetchNode(parameters: Record<string, unknown>, extra: Partial<INode> = {}): INode {
	return node(
		'Mention Fetch',
		'mentionFetch',
		{
			keywords: 'acme',
			sinceHours: 0,
			limit: 50,
			...parameters,
			options: { deduplicate: false, ...(parameters.options as object) },
		},
		extra,
	);
}

describe('Mention Fetch without credentials, in n8n-core WorkflowExecute against loopback servers', () => {
	let api: LoopbackServer;

	beforeAll(async () => {
		api = await LoopbackServer.start();
	});
	afterAll(async () => await api.stop());
	beforeEach(() => api.reset());

	describe('App Store customer reviews', () => {
		const feedPath = (page: number) =>
			`/gb/rss/customerreviews/page=${page}/id=1234567890/sortby=mostrecent/json`;

		beforeEach(() => {
			api.route((request) => {
				if (request.path === feedPath(1)) {
					// Apple serves this JSON as text/javascript: the adapter must still read it.
					return {
						body: fixtureText('appstore-reviews.json'),
						headers: { 'content-type': 'text/javascript; charset=utf-8' },
					};
				}
				if (request.path === feedPath(2))
					return { body: { feed: { author: { name: { label: 'iTunes Store' } } } } };
				return undefined;
			});
		});

		const appStoreNode = (parameters: Record<string, unknown> = {}, extra: Partial<INode> = {}) =>
			fetchNode(
				{
					source: 'appstore',
					appId: '1234567890',
					country: 'GB',
					options: { baseUrl: `${api.url}/` },
					...parameters,
				},
				extra,
			);

		it('reads the reviews feed at the base URL, pages until an empty page, and keeps the rating', async () => {
			const result = await runWorkflow({ nodes: [appStoreNode()] });
			const items = result.output('Mention Fetch');
			// The third review's rating is "seven": skipped with a reason, not fatal.
			expect(items.map((item) => item.json.id)).toEqual([
				'appstore:12044551234',
				'appstore:12044550000',
			]);
			expect(items.map((item) => item.json.rating)).toEqual([1, 5]);
			expect(items[1].json.text).toBe('Fast & easy\n\nBest shopping app I use.');
			expect(items.every((item) => item.json.tagged === true)).toBe(true);
			expect(items[0].json.createdAt).toBe('2025-03-10T12:12:44.000Z');
			expect(api.requests.map((request) => request.path)).toEqual([feedPath(1), feedPath(2)]);
		});

		it('a bad app id names the field before any request is made', async () => {
			const result = await runWorkflow({ nodes: [appStoreNode({ appId: 'acme-app' })] });
			expect(result.error('Mention Fetch')?.message).toMatch(
				/appId.*"acme-app" is not an App Store app id/,
			);
			expect(api.requests).toHaveLength(0);
		});

		it('a 404 (unknown app or country) is a NodeApiError that says what to check', async () => {
			api.route(() => ({ status: 404, body: '<html><body>Not Found</body></html>' }));
			const result = await runWorkflow({ nodes: [appStoreNode()] });
			const error = result.error('Mention Fetch') as Error & {
				description?: string;
				httpCode?: string;
			};
			expect(error.name).toBe('NodeApiError');
			expect(error.httpCode).toBe('404');
			expect(error.message).toMatch(
				/^appstore: App Store answered 404 \(GET http:\/\/127\.0\.0\.1:\d+\/gb\/rss\//,
			);
			expect(error.description).toMatch(/check the Base URL and the ids/);
		});
	});

	describe('RSS and Atom feeds', () => {
		const newsUrl = () => `${api.url}/news/feed.rss`;
		const alertsUrl = () => `${api.url}/alerts/feeds/0123456789/1122334455`;

		beforeEach(() => {
			api.route((request) => {
				if (request.path === '/news/feed.rss') {
					return {
						body: fixtureText('news.rss.xml'),
						headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
					};
				}
				if (request.path === '/alerts/feeds/0123456789/1122334455') {
					return {
						body: fixtureText('google-alerts.atom.xml'),
						headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
					};
				}
				return undefined;
			});
		});

		it('merges an RSS news feed and a Google Alerts Atom feed, newest first, guid as id, only entries naming a keyword', async () => {
			const result = await runWorkflow({
				nodes: [
					fetchNode({ source: 'rss', feedUrls: `${newsUrl()}, ${alertsUrl()}`, handles: '@acme' }),
				],
			});
			const items = result.output('Mention Fetch');
			expect(items.map((item) => item.json.id)).toEqual([
				rssId('retail-2025-0310-001'),
				rssId('tag:google.com,2013:googlealerts/feed:10293847561234'),
				rssId('tag:google.com,2013:googlealerts/feed:10293847569999'),
			]);
			const [news, alert] = items.map((item) => item.json);
			expect(news).toMatchObject({
				url: 'https://retail.example.com/2025/03/acme-outage',
				createdAt: '2025-03-10T11:45:00.000Z',
				author: { handle: 'Priya Shah' },
				tagged: true,
			});
			// Google Alerts links go through a redirect; the mention points at the article itself.
			expect(alert.url).toBe('https://news.example.com/business/acme-refunds');
			expect(alert.text).toMatch(/^Acme customers report missing refunds after outage/);
			expect(alert.text).not.toMatch(/<b>|&amp;|&lt;/);
			expect(api.requests.map((request) => request.headers.accept)).toEqual([
				expect.stringContaining('application/rss+xml'),
				expect.stringContaining('application/atom+xml'),
			]);
		});

		it('one broken feed does not stop the others', async () => {
			const result = await runWorkflow({
				nodes: [fetchNode({ source: 'rss', feedUrls: `${api.url}/gone.rss, ${alertsUrl()}` })],
			});
			expect(result.output('Mention Fetch').map((item) => item.json.id)).toEqual([
				rssId('tag:google.com,2013:googlealerts/feed:10293847561234'),
				rssId('tag:google.com,2013:googlealerts/feed:10293847569999'),
			]);
		});

		it('when every feed fails, the node fails with the status and the feed', async () => {
			const result = await runWorkflow({
				nodes: [fetchNode({ source: 'rss', feedUrls: `${api.url}/gone.rss` })],
			});
			const error = result.error('Mention Fetch') as Error & { httpCode?: string };
			expect(error.httpCode).toBe('404');
			expect(error.message).toContain(`GET ${api.url}/gone.rss`);
		});

		it("returns an entry once across executions (stable ids with n8n's dedupe)", async () => {
			const feedNode = () =>
				fetchNode({ source: 'rss', feedUrls: alertsUrl(), options: { deduplicate: true } });
			const first = await runWorkflow({ nodes: [feedNode()], workflowId: 'rss-dedupe' });
			expect(first.output('Mention Fetch')).toHaveLength(2);
			const second = await runWorkflow({ nodes: [feedNode()], workflowId: 'rss-dedupe' });
			expect(second.output('Mention Fetch')).toHaveLength(0);
		});

		it('a javascript: link never becomes the mention url: that entry is skipped with a logged reason, the others stay', async () => {
			const entry = (guid: string, link: string) =>
				`<item><guid>${guid}</guid><link>${link}</link><title>Acme refund scam</title><pubDate>Mon, 10 Mar 2025 11:45:00 +0000</pubDate></item>`;
			api.route((request) =>
				request.path === '/hostile.rss'
					? {
							body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title>${entry('js-1', 'javascript:alert(document.cookie)')}${entry('ok-1', 'https://news.example.com/acme')}</channel></rss>`,
							headers: { 'content-type': 'application/rss+xml' },
						}
					: undefined,
			);
			const warn = jest.spyOn(Container.get(Logger), 'warn');
			const result = await runWorkflow({
				nodes: [fetchNode({ source: 'rss', feedUrls: `${api.url}/hostile.rss` })],
			});
			const items = result.output('Mention Fetch');
			expect(items.map((item) => [item.json.id, item.json.url])).toEqual([
				[rssId('ok-1'), 'https://news.example.com/acme'],
			]);
			expect(JSON.stringify(items)).not.toContain('javascript:');
			expect(warn.mock.calls.map(([message]) => String(message))).toContainEqual(
				expect.stringMatching(
					/skipped item 0: entry js-1: link "javascript:…" is not an http\(s\) URL/,
				),
			);
			warn.mockRestore();
		});

		it('a feed URL that is not http(s) names the field', async () => {
			const result = await runWorkflow({
				nodes: [fetchNode({ source: 'rss', feedUrls: 'file:///etc/passwd' })],
			});
			expect(result.error('Mention Fetch')?.message).toMatch(/feedUrls.*not an http\(s\) URL/);
			expect(api.requests).toHaveLength(0);
		});
	});
});
