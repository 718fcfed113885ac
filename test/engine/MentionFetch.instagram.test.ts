import fs from 'node:fs';
import path from 'node:path';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeTypeDescription,
} from 'n8n-workflow';

import {
	loadPackage,
	node,
	PACKAGE_NAME,
	runPoll,
	runWorkflow,
	type WorkflowResult,
} from './harness/engine';
import { LoopbackServer, type RecordedRequest } from './harness/loopbackServer';

const SECRET = 'EAAG-SENTINEL-TOKEN-123';
const ACCOUNT = '17841400000000000';
const MEDIA = '17895695668004550';
const COMMENT = '17870913679156914';

const fixture = (name: string) =>
	JSON.parse(
		fs.readFileSync(path.join(__dirname, '../core/sources/fixtures', name), 'utf8'),
	) as IDataObject;

/** Instagram's timestamp format (`+0000`, no milliseconds). */
const igTime = (ms: number) =>
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

describe('Instagram in Mention Fetch and Mention Trigger, through n8n-core against a loopback Graph API', () => {
	let api: LoopbackServer;
	let elsewhere: LoopbackServer;
	const credentials = (): Record<string, ICredentialDataDecryptedObject> => ({
		crisisDeskMetaGraphApi: { accessToken: SECRET, baseUrl: `${api.url}/v25.0` },
	});
	const graphPath = (request: RecordedRequest) => request.path.replace(/^\/v25\.0\//, '');

	beforeAll(async () => {
		api = await LoopbackServer.start();
		elsewhere = await LoopbackServer.start();
	});
	afterAll(async () => {
		await api.stop();
		await elsewhere.stop();
	});
	beforeEach(() => {
		api.reset();
		elsewhere.reset();
	});

	const fetchNode = (parameters: Record<string, unknown> = {}): INode =>
		node(
			'Mention Fetch',
			'mentionFetch',
			{
				source: 'instagram',
				instagramAccountId: ACCOUNT,
				handles: '@acme',
				sinceHours: 0,
				limit: 50,
				...parameters,
				options: { deduplicate: false, ...(parameters.options as object) },
			},
			{
				credentials: {
					crisisDeskMetaGraphApi: { id: 'crisisDeskMetaGraphApi-1', name: 'Meta Graph API (test)' },
				},
			},
		);

	describe('Mention Fetch', () => {
		beforeEach(() => {
			api.route((request) => {
				const edge = graphPath(request);
				if (edge === `${ACCOUNT}/media`) return { body: fixture('instagram-media.json') };
				if (edge === `${MEDIA}/comments`) return { body: fixture('instagram-comments.json') };
				if (edge === `${COMMENT}/replies`) return { body: fixture('instagram-replies.json') };
				if (edge === `${ACCOUNT}/tags`)
					return {
						body: request.query.get('after') ? { data: [] } : fixture('instagram-tags.json'),
					};
				return undefined;
			});
		});

		it("reads the comments under the brand's posts and the posts tagging it, with the Meta Graph API credential", async () => {
			const result = await runWorkflow({ nodes: [fetchNode()], credentials: credentials() });
			const items = result.output('Mention Fetch');
			expect(items.map((item) => item.json.id)).toEqual([
				'instagram:17870913679157002',
				'instagram:17870913679157001',
				'instagram:17870913679156914',
				'instagram:17873440459141021',
				'instagram:17912345678901234',
				'instagram:17912345678900001',
			]);
			expect(
				items.every((item) => item.json.tagged === true && item.json.source === 'instagram'),
			).toBe(true);
			expect(items[2].json).toMatchObject({
				author: { handle: 'ayse.k' },
				url: 'https://www.instagram.com/p/C4xAcmeSpr1/',
				inReplyTo: `instagram:${MEDIA}`,
			});
			// The credential sends the token as access_token, on every request, to its own address only.
			expect(api.requests.map(graphPath)).toEqual([
				`${ACCOUNT}/media`,
				`${MEDIA}/comments`,
				`${COMMENT}/replies`,
				`${ACCOUNT}/tags`,
				`${ACCOUNT}/tags`,
			]);
			expect(api.requests.every((request) => request.query.get('access_token') === SECRET)).toBe(
				true,
			);
			expect(api.requests[4].query.get('after')).toBe('QVFIUnRhZ3NfYWZ0ZXI');
			expect(visibleText(result, 'Mention Fetch')).not.toContain(SECRET);
		});

		it('an expired token is a NodeApiError that says to put a new token in the credential, without the token', async () => {
			api.route(() => ({ status: 400, body: fixture('graph-error-expired-token.json') }));
			const result = await runWorkflow({ nodes: [fetchNode()], credentials: credentials() });
			const error = result.error('Mention Fetch') as Error & {
				description?: string;
				httpCode?: string;
			};
			expect(error.name).toBe('NodeApiError');
			expect(error.httpCode).toBe('400');
			expect(error.message).toMatch(
				/^instagram: Instagram answered 400: Error validating access token: Session has expired/,
			);
			expect(error.description).toMatch(
				/^access token refused \(the token expired\): put a new token into the Crisis Desk Meta Graph API credential/,
			);
			expect(api.requests).toHaveLength(1);
			expect(visibleText(result, 'Mention Fetch')).not.toContain(SECRET);
		});

		it("a missing permission names it (instagram_manage_comments) in the node's error", async () => {
			api.route((request) =>
				graphPath(request) === `${MEDIA}/comments`
					? { status: 403, body: fixture('graph-error-permission.json') }
					: undefined,
			);
			const result = await runWorkflow({ nodes: [fetchNode()], credentials: credentials() });
			const error = result.error('Mention Fetch') as Error & { description?: string };
			expect(error.description).toMatch(
				/permission missing: this needs instagram_basic, instagram_manage_comments, pages_read_engagement/,
			);
		});

		it('sends the token only to the address of its credential: not to the Base URL option, not along a redirect to another origin', async () => {
			api.route((request) =>
				graphPath(request) === `${ACCOUNT}/media`
					? { status: 302, headers: { location: `${elsewhere.url}/v25.0/${ACCOUNT}/media` } }
					: undefined,
			);
			const result = await runWorkflow({
				nodes: [fetchNode({ options: { baseUrl: elsewhere.url } })],
				credentials: credentials(),
			});
			expect(result.error('Mention Fetch')?.message).toMatch(/redirected to another origin/);
			expect(elsewhere.requests).toHaveLength(0);
			expect(visibleText(result, 'Mention Fetch')).not.toContain(SECRET);
		});

		it('lists the Meta Graph API credential once on the node, for Instagram and Facebook Page', async () => {
			const types = await loadPackage();
			const description = (
				types.nodeTypes.getByName(`${PACKAGE_NAME}.mentionFetch`) as {
					description: INodeTypeDescription;
				}
			).description;
			const graph = description.credentials?.filter(
				(credential) => credential.name === 'crisisDeskMetaGraphApi',
			);
			expect(graph).toEqual([
				{
					name: 'crisisDeskMetaGraphApi',
					required: true,
					displayOptions: { show: { source: ['instagram', 'facebook'] } },
				},
			]);
		});
	});

	describe('Mention Trigger', () => {
		it('emits only comments new since the last poll and moves its cursor to the newest one', async () => {
			const now = Date.now();
			const comments = [
				{
					id: '17800000000000001',
					text: 'My order never arrived',
					timestamp: igTime(now - 20 * 60_000),
					username: 'ayse.k',
				},
				{
					id: '17800000000000000',
					text: 'Where is the tracking number?',
					timestamp: igTime(now - 40 * 60_000),
					username: 'mert_92',
				},
			];
			api.route((request) => {
				const edge = graphPath(request);
				if (edge === `${ACCOUNT}/media`) {
					return {
						body: {
							data: [
								{
									id: MEDIA,
									permalink: 'https://www.instagram.com/p/C4xAcmeSpr1/',
									username: 'acme',
									timestamp: igTime(now - 86_400_000),
									comments_count: comments.length,
								},
							],
						},
					};
				}
				if (edge === `${MEDIA}/comments`)
					return {
						body: { data: [...comments], paging: { cursors: { before: 'QkVG', after: 'QUZU' } } },
					};
				if (edge === `${ACCOUNT}/tags`) return { body: { data: [] } };
				return undefined;
			});
			const trigger = node(
				'Mention Trigger',
				'mentionTrigger',
				{
					source: 'instagram',
					instagramAccountId: ACCOUNT,
					handles: '@acme',
					options: { backfillHours: 1 },
				},
				{
					credentials: {
						crisisDeskMetaGraphApi: {
							id: 'crisisDeskMetaGraphApi-1',
							name: 'Meta Graph API (test)',
						},
					},
				},
			);
			const first = await runPoll({ nodes: [trigger], credentials: credentials() });
			expect(first.items?.map((item) => item.json.id)).toEqual([
				'instagram:17800000000000000',
				'instagram:17800000000000001',
			]);

			// A customer comments after the first poll (a little in the future of its clock).
			comments.unshift({
				id: '17800000000000002',
				text: 'Still no refund, @acme?',
				timestamp: igTime(now + 60_000),
				username: 'deniz',
			});
			const second = await runPoll({
				nodes: [trigger],
				credentials: credentials(),
				staticData: first.staticData,
			});
			expect(second.items?.map((item) => item.json.id)).toEqual(['instagram:17800000000000002']);
			const state = (
				second.staticData['node:Mention Trigger'] as { poll: { newestCreatedAt: string } }
			).poll;
			expect(state.newestCreatedAt).toBe(
				new Date(Math.floor((now + 60_000) / 1000) * 1000).toISOString(),
			);

			const third = await runPoll({
				nodes: [trigger],
				credentials: credentials(),
				staticData: second.staticData,
			});
			expect(third.items).toBeNull();
			expect(api.requests.every((request) => request.query.get('access_token') === SECRET)).toBe(
				true,
			);
		});
	});
});
