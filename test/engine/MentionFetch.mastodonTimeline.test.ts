import fs from 'node:fs';
import path from 'node:path';

import { node, runWorkflow } from './harness/engine';
import { LoopbackServer } from './harness/loopbackServer';

const fixture = (name: string) =>
	JSON.parse(
		fs.readFileSync(path.join(__dirname, '../core/sources/fixtures', name), 'utf8'),
	) as unknown;

describe('Mention Fetch on a Mastodon hashtag timeline, in n8n-core WorkflowExecute', () => {
	let api: LoopbackServer;
	let timeline: unknown[];

	beforeAll(async () => {
		api = await LoopbackServer.start();
	});
	afterAll(async () => await api.stop());
	beforeEach(() => {
		api.reset();
		timeline = [];
		api.route((request) =>
			request.path.startsWith('/api/v1/timelines/tag/')
				? { body: request.query.get('max_id') ? [] : timeline }
				: undefined,
		);
	});

	const fetchNode = node(
		'Mention Fetch',
		'mentionFetch',
		{
			source: 'mastodon',
			keywords: 'acme',
			sinceHours: 0,
			limit: 50,
			mastodonMode: 'tag',
			options: { deduplicate: false },
		},
		{ credentials: { mastodonApi: { id: 'mastodon-1', name: 'Mastodon (test)' } } },
	);
	const run = async () =>
		await runWorkflow({
			nodes: [fetchNode],
			credentials: { mastodonApi: { baseUrl: api.url, accessToken: '' } },
		});
	const hints = (result: Awaited<ReturnType<typeof run>>) =>
		result.run.data.resultData.runData['Mention Fetch'][0].hints?.map((hint) => hint.message) ?? [];

	it('an empty timeline is explained above the output: the instance may restrict hashtag feeds', async () => {
		const result = await run();
		expect(result.output('Mention Fetch')).toEqual([]);
		expect(hints(result)).toEqual([
			expect.stringMatching(
				/^Mastodon's #acme timeline on 127\.0\.0\.1:\d+ returned no posts\. .*Mastodon 4\.5.*access token.*Status Search$/,
			),
		]);
	});

	it("a timeline with posts says nothing, and its local authors carry the instance's domain", async () => {
		const [remote] = fixture('mastodon-tag.json') as Array<Record<string, unknown>>;
		timeline = [
			{
				...remote,
				id: '114137099999999999',
				url: 'https://mastodon.example/@admin/114137099999999999',
				account: {
					id: '1',
					username: 'admin',
					acct: 'admin',
					display_name: 'Admin',
					url: 'https://mastodon.example/@admin',
					followers_count: 3,
				},
				mentions: [],
			},
		];
		const result = await run();
		expect(
			result.output('Mention Fetch').map((item) => (item.json.author as { handle: string }).handle),
		).toEqual(['admin@mastodon.example']);
		expect(hints(result)).toEqual([]);
	});
});
