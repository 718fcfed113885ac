import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { postView } from '../core/sources/blueskyPostView';
import { node, runPoll } from './harness/engine';
import { LoopbackServer } from './harness/loopbackServer';

describe("Mention Trigger on Bluesky, in n8n-core PollContext: the server's indexedAt is the cursor", () => {
	let api: LoopbackServer;
	let posts: unknown[];

	beforeAll(async () => {
		api = await LoopbackServer.start();
	});
	afterAll(async () => await api.stop());
	beforeEach(() => {
		api.reset();
		posts = [];
		api.route((request) =>
			request.path === '/xrpc/app.bsky.feed.searchPosts' ? { body: { posts } } : undefined,
		);
	});

	const credentials = (): Record<string, ICredentialDataDecryptedObject> => ({
		blueskyApi: {
			baseUrl: api.url,
			identifier: 'brand.bsky.social',
			appPassword: 'app-password-1',
			accessJwt: 'stored-jwt',
		},
	});
	const trigger = node(
		'Mention Trigger',
		'mentionTrigger',
		{ source: 'bluesky', keywords: 'acme', fetchFollowers: false },
		{ credentials: { blueskyApi: { id: 'bluesky-1', name: 'Bluesky (test)' } } },
	);

	it('a post dated years ahead by its app does not make the next poll miss a later post', async () => {
		const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
		posts = [
			postView(
				'3lfuture000a',
				'Acme, posted from a wrong clock',
				'2031-06-01T00:00:00.000Z',
				minutesAgo(1),
			),
		];
		const first = await runPoll({ nodes: [trigger], credentials: credentials() });
		expect(first.items).toBeNull();

		const now = new Date().toISOString();
		posts = [postView('3llater0000a', 'Acme charged me twice', now, now), ...posts];
		const second = await runPoll({
			nodes: [trigger],
			credentials: credentials(),
			staticData: first.staticData,
		});
		expect(second.items?.map((item) => item.json.id)).toEqual([
			'bluesky:did:plc:poster3llater0000a/3llater0000a',
		]);
		// The next query starts a little before the newest server time seen, not in 2031.
		const since = Date.parse(api.requests[api.requests.length - 1].query.get('since') ?? '');
		expect(since).toBeLessThan(Date.now());
	});
});
