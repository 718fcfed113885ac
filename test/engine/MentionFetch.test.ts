import fs from 'node:fs';
import path from 'node:path';

import { node, runWorkflow } from './harness/engine';
import { LoopbackServer } from './harness/loopbackServer';

const fixture = (name: string) =>
	JSON.parse(
		fs.readFileSync(path.join(__dirname, '../core/sources/fixtures', name), 'utf8'),
	) as unknown;

describe('Mention Fetch in n8n-core WorkflowExecute against a loopback Hacker News (Algolia) API', () => {
	let api: LoopbackServer;

	beforeAll(async () => {
		api = await LoopbackServer.start();
	});
	afterAll(async () => await api.stop());
	beforeEach(() => {
		api.reset();
		api.route((request) =>
			request.path === '/api/v1/search_by_date'
				? {
						body: fixture(
							request.query.get('page') === '1' ? 'hackernews-page1.json' : 'hackernews-page0.json',
						),
					}
				: undefined,
		);
	});

	const fetchNode = (parameters: Record<string, unknown> = {}, extra = {}) =>
		node(
			'Mention Fetch',
			'mentionFetch',
			{
				source: 'hackernews',
				keywords: 'acme',
				handles: '@acme',
				sinceHours: 0,
				limit: 50,
				options: { baseUrl: api.url, deduplicate: false },
				...parameters,
			},
			extra,
		);

	it('follows pagination and normalises hits to the Mention shape, skipping malformed ones', async () => {
		const result = await runWorkflow({ nodes: [fetchNode()] });
		const items = result.output('Mention Fetch');
		const pages = api.requests.map((request) => request.query.get('page'));
		expect(pages).toEqual(expect.arrayContaining(['0', '1']));
		expect(items.length).toBeGreaterThan(1);
		for (const item of items) {
			expect(item.json.id).toMatch(/^hackernews:\d+$/);
			expect(item.json.source).toBe('hackernews');
			expect(typeof item.json.text).toBe('string');
			expect(item.json.text).not.toMatch(/<[a-z]|&#x27;|&quot;/);
			expect(Date.parse(item.json.createdAt as string)).not.toBeNaN();
			expect(item.pairedItem).toEqual({ item: 0 });
		}
		expect(items.map((item) => item.json.id)).not.toContain('hackernews:39650005');
	});

	it('sends the since window as Algolia numericFilters', async () => {
		await runWorkflow({ nodes: [fetchNode({ sinceHours: 6 })] });
		const filter = api.requests[0].query.get('numericFilters') ?? '';
		const since = Number(filter.replace('created_at_i>=', ''));
		expect(Math.abs(since - (Date.now() / 1000 - 6 * 3600))).toBeLessThan(120);
	});

	it("returns only mentions an earlier execution did not, via n8n's dedupe helper", async () => {
		const first = await runWorkflow({
			nodes: [fetchNode({ options: { baseUrl: api.url } })],
			workflowId: 'dedupe-wf',
		});
		expect(first.output('Mention Fetch').length).toBeGreaterThan(0);
		const second = await runWorkflow({
			nodes: [fetchNode({ options: { baseUrl: api.url } })],
			workflowId: 'dedupe-wf',
		});
		expect(second.output('Mention Fetch')).toHaveLength(0);
	});

	it('waits out a 429 with Retry-After, then succeeds', async () => {
		api.once((request) => request.path === '/api/v1/search_by_date', {
			status: 429,
			headers: { 'retry-after': '1' },
			body: { message: 'Too many requests' },
		});
		const started = Date.now();
		const result = await runWorkflow({ nodes: [fetchNode()] });
		expect(result.output('Mention Fetch').length).toBeGreaterThan(0);
		expect(Date.now() - started).toBeGreaterThanOrEqual(900);
		expect(api.requests[0].query.get('page')).toBe('0');
		expect(api.requests[1].query.get('page')).toBe('0');
	});

	it('turns a 401 into a NodeApiError that says what to do', async () => {
		api.route(() => ({ status: 401, body: { message: 'Invalid credentials' } }));
		const result = await runWorkflow({ nodes: [fetchNode()] });
		const error = result.error('Mention Fetch') as Error & {
			description?: string;
			httpCode?: string;
		};
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toMatch(/Hacker News/i);
		expect(error.httpCode).toBe('401');
		expect(error.description).toBeTruthy();
	});

	it('with continueOnFail reports the failure as an item and keeps the workflow going', async () => {
		api.route(() => ({ status: 401, body: { message: 'Invalid credentials' } }));
		const result = await runWorkflow({ nodes: [fetchNode({}, { continueOnFail: true })] });
		const [item] = result.output('Mention Fetch');
		expect(item.json.error).toMatch(/Hacker News/i);
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	it('with continueOnFail the failed item keeps the input item it came from, plus the error', async () => {
		api.route(() => ({ status: 401, body: { message: 'Invalid credentials' } }));
		const result = await runWorkflow({
			nodes: [fetchNode({}, { continueOnFail: true })],
			input: [{ json: { brand: 'Acme', run: 7 } }],
		});
		const [item] = result.output('Mention Fetch');
		expect(item.json).toEqual({
			brand: 'Acme',
			run: 7,
			error: expect.stringMatching(/Hacker News/i),
		});
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	it('fails clearly on a truncated JSON page instead of returning nothing', async () => {
		api.route(() => ({
			status: 200,
			headers: { 'content-type': 'application/json' },
			body: '{"hits":[{"objectID":"1","auth',
		}));
		const result = await runWorkflow({ nodes: [fetchNode()] });
		expect(result.error('Mention Fetch')?.message).toMatch(/Hacker News/i);
	});

	it('retries a 502 HTML error page from a proxy, then succeeds', async () => {
		api.once((request) => request.path === '/api/v1/search_by_date', {
			status: 502,
			headers: { 'content-type': 'text/html' },
			body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
		});
		const result = await runWorkflow({ nodes: [fetchNode()] });
		expect(result.output('Mention Fetch').length).toBeGreaterThan(0);
	});

	it('fails clearly when neither keywords nor handles are given', async () => {
		const result = await runWorkflow({ nodes: [fetchNode({ keywords: '', handles: '' })] });
		expect(result.error('Mention Fetch')?.message).toMatch(/keyword|handle/i);
	});
});

describe('Mention Fetch: Demo source', () => {
	it('returns a realistic EN/TR stream without any account', async () => {
		const result = await runWorkflow({
			nodes: [
				node('Mention Fetch', 'mentionFetch', {
					source: 'demo',
					keywords: 'acme',
					sinceHours: 6,
					limit: 200,
					demoCrisis: 'delivery-outage',
					options: { deduplicate: false },
				}),
			],
		});
		const items = result.output('Mention Fetch');
		expect(items.length).toBeGreaterThan(5);
		expect(new Set(items.map((item) => item.json.source))).toEqual(new Set(['demo']));
	});
});
