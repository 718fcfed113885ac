import fs from 'node:fs';
import path from 'node:path';
import type { ICredentialDataDecryptedObject, IDataObject, INode } from 'n8n-workflow';

import { node, runPoll, runWorkflow, type WorkflowResult } from './harness/engine';
import { LoopbackServer, type RecordedRequest } from './harness/loopbackServer';

const SECRET = 'EAAG-PAGE-SENTINEL-456';
const PAGE = '105000000000000';
const SALE_POST = '105000000000000_900000000000002';

const fixture = (name: string) =>
	JSON.parse(
		fs.readFileSync(path.join(__dirname, '../core/sources/fixtures', name), 'utf8'),
	) as IDataObject;

/** The Graph API's time format (`+0000`, no milliseconds). */
const graphTime = (ms: number) =>
	new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+0000');

function visibleText(result: WorkflowResult, nodeName: string): string {
	const error = result.error(nodeName) as (Error & { description?: string | null }) | undefined;
	return [
		JSON.stringify(result.run.data),
		error?.message ?? '',
		error?.description ?? '',
		error?.stack ?? '',
	].join('\n');
}

describe('Facebook Page in Mention Fetch and Mention Trigger, through n8n-core against a loopback Graph API', () => {
	let api: LoopbackServer;
	const credentials = (): Record<string, ICredentialDataDecryptedObject> => ({
		crisisDeskMetaGraphApi: { accessToken: SECRET, baseUrl: `${api.url}/v25.0` },
	});
	const graphPath = (request: RecordedRequest) => request.path.replace(/^\/v25\.0\//, '');
	const withCredential = {
		credentials: {
			crisisDeskMetaGraphApi: { id: 'crisisDeskMetaGraphApi-1', name: 'Meta Graph API (test)' },
		},
	};

	beforeAll(async () => {
		api = await LoopbackServer.start();
	});
	afterAll(async () => await api.stop());
	beforeEach(() => api.reset());

	const fetchNode = (parameters: Record<string, unknown> = {}): INode =>
		node(
			'Mention Fetch',
			'mentionFetch',
			{
				source: 'facebook',
				facebookPageId: PAGE,
				keywords: 'refund',
				sinceHours: 0,
				limit: 50,
				...parameters,
				options: { deduplicate: false },
			},
			withCredential,
		);

	describe('Mention Fetch', () => {
		beforeEach(() => {
			api.route((request) => {
				const edge = graphPath(request);
				if (edge === `${PAGE}/feed`) return { body: fixture('facebook-feed.json') };
				if (edge === `${SALE_POST}/comments`)
					return {
						body: request.query.get('after') ? { data: [] } : fixture('facebook-comments.json'),
					};
				if (edge === '105000000000000_900000000000001/comments') return { body: { data: [] } };
				if (edge === `${PAGE}/tagged`)
					return {
						body: request.query.get('__paging_token')
							? { data: [] }
							: fixture('facebook-tagged.json'),
					};
				return undefined;
			});
		});

		it("reads visitor posts, the comments under the Page's posts and posts tagging the Page, each once", async () => {
			const result = await runWorkflow({ nodes: [fetchNode()], credentials: credentials() });
			const items = result.output('Mention Fetch');
			expect(items.map((item) => item.json.id)).toEqual([
				'facebook:900000000000002_700000000000012',
				'facebook:6120000000000009_800000000000001',
				'facebook:105000000000000_900000000000003',
				'facebook:900000000000002_700000000000011',
				'facebook:900000000000002_700000000000010',
			]);
			expect(items[0].json).toMatchObject({
				author: { handle: 'Ahmet Kaya', name: 'Ahmet Kaya' },
				tagged: true,
				query: 'refund',
			});
			// The Page's own reply is its answer, not a mention.
			expect(items.some((item) => (item.json.author as IDataObject).id === PAGE)).toBe(false);
			expect(api.requests.map(graphPath)).toEqual([
				`${PAGE}/feed`,
				`${SALE_POST}/comments`,
				`${SALE_POST}/comments`,
				'105000000000000_900000000000001/comments',
				`${PAGE}/tagged`,
				`${PAGE}/tagged`,
			]);
			expect(api.requests.every((request) => request.query.get('access_token') === SECRET)).toBe(
				true,
			);
			expect(api.requests[1].query.get('order')).toBe('reverse_chronological');
			expect(api.requests[5].query.get('until')).toBe('1741600000');
			expect(visibleText(result, 'Mention Fetch')).not.toContain(SECRET);
		});

		it('a missing permission is a NodeApiError that names pages_read_user_content and asks for a Page token', async () => {
			api.route((request) =>
				graphPath(request) === `${PAGE}/feed`
					? { status: 403, body: fixture('graph-error-page-permission.json') }
					: undefined,
			);
			const result = await runWorkflow({ nodes: [fetchNode()], credentials: credentials() });
			const error = result.error('Mention Fetch') as Error & {
				description?: string;
				httpCode?: string;
			};
			expect(error.name).toBe('NodeApiError');
			expect(error.httpCode).toBe('403');
			expect(error.message).toMatch(
				/^facebook: Facebook Page answered 403: \(#200\) Requires pages_read_user_content permission/,
			);
			expect(error.description).toMatch(
				/^permission missing: this needs pages_read_engagement, pages_read_user_content, pages_show_list; .*use a Page access token/,
			);
			expect(visibleText(result, 'Mention Fetch')).not.toContain(SECRET);
		});

		it('a Page id that is the Page name is refused before any request', async () => {
			const result = await runWorkflow({
				nodes: [fetchNode({ facebookPageId: 'acme.store' })],
				credentials: credentials(),
			});
			expect(result.error('Mention Fetch')?.message).toMatch(
				/^facebookPageId: "acme.store" is not a Page ID/,
			);
			expect(api.requests).toHaveLength(0);
		});
	});

	describe('Mention Trigger', () => {
		it('emits only new comments, and asks /tagged only for posts since shortly before the newest one seen', async () => {
			const now = Date.now();
			const comments = [
				{
					id: '900000000000002_700000000000021',
					message: 'Parcel lost, no answer',
					created_time: graphTime(now - 15 * 60_000),
					from: { name: 'Elif Demir', id: '6120000000000001' },
				},
			];
			api.route((request) => {
				const edge = graphPath(request);
				if (edge === `${PAGE}/feed`) {
					const post = {
						id: SALE_POST,
						message: 'Spring sale',
						created_time: graphTime(now - 86_400_000),
						updated_time: comments[0].created_time,
						from: { name: 'Acme', id: PAGE },
					};
					return { body: { data: [post] } };
				}
				if (edge === `${SALE_POST}/comments`) return { body: { data: [...comments] } };
				if (edge === `${PAGE}/tagged`) return { body: { data: [] } };
				return undefined;
			});
			const trigger = node(
				'Mention Trigger',
				'mentionTrigger',
				{ source: 'facebook', facebookPageId: PAGE, options: { backfillHours: 1 } },
				withCredential,
			);
			const tagged = () =>
				api.requests.filter((request) => graphPath(request) === `${PAGE}/tagged`);

			const first = await runPoll({ nodes: [trigger], credentials: credentials() });
			expect(first.items?.map((item) => item.json.id)).toEqual([
				'facebook:900000000000002_700000000000021',
			]);
			const firstSince = Number(tagged()[0].query.get('since'));
			expect(firstSince).toBeGreaterThanOrEqual(Math.floor((now - 3_600_000) / 1000));
			expect(firstSince).toBeLessThan(Math.floor((now - 3_600_000) / 1000) + 60);

			comments.unshift({
				id: '900000000000002_700000000000022',
				message: 'Refund still missing',
				created_time: graphTime(now + 60_000),
				from: { name: 'Ahmet Kaya', id: '6120000000000002' },
			});
			api.requests.length = 0;
			const second = await runPoll({
				nodes: [trigger],
				credentials: credentials(),
				staticData: first.staticData,
			});
			expect(second.items?.map((item) => item.json.id)).toEqual([
				'facebook:900000000000002_700000000000022',
			]);
			// The cursor: ten minutes before the newest time the first poll saw (its own clock), in Unix seconds.
			const secondSince = Number(tagged()[0].query.get('since'));
			expect(secondSince).toBeGreaterThanOrEqual(Math.floor((now - 10 * 60_000) / 1000));
			expect(secondSince).toBeLessThan(Math.floor((now - 10 * 60_000) / 1000) + 60);

			const third = await runPoll({
				nodes: [trigger],
				credentials: credentials(),
				staticData: second.staticData,
			});
			expect(third.items).toBeNull();
		});
	});
});
