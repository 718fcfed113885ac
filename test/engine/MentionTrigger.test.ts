import { node, runPoll } from './harness/engine';
import { LoopbackServer } from './harness/loopbackServer';

interface Hit {
	objectID: string;
	author: string;
	comment_text: string;
	created_at_i: number;
	created_at: string;
}

function hit(
	id: number,
	secondsAgo: number,
	text = 'Acme support is ignoring my refund request',
): Hit {
	const at = Math.floor(Date.now() / 1000) - secondsAgo;
	return {
		objectID: String(id),
		author: `user${id}`,
		comment_text: text,
		created_at_i: at,
		created_at: new Date(at * 1000).toISOString(),
	};
}

// n8n keeps a node's static data under `node:<name>` in the workflow's static data.
const STATE_KEY = 'node:Mention Trigger';

describe('Mention Trigger polls through n8n-core PollContext', () => {
	let api: LoopbackServer;
	let hits: Hit[];

	beforeAll(async () => {
		api = await LoopbackServer.start();
	});
	afterAll(async () => await api.stop());
	beforeEach(() => {
		api.reset();
		hits = [hit(1, 600), hit(2, 300)];
		api.route((request) =>
			request.path === '/api/v1/search_by_date'
				? {
						body: {
							hits: [...hits].sort((a, b) => b.created_at_i - a.created_at_i),
							page: 0,
							nbPages: 1,
							nbHits: hits.length,
							hitsPerPage: 100,
						},
					}
				: undefined,
		);
	});

	const trigger = (options: Record<string, unknown> = {}) =>
		node('Mention Trigger', 'mentionTrigger', {
			source: 'hackernews',
			keywords: 'acme',
			options: { baseUrl: api.url, ...options },
		});

	it('emits nothing on the first poll after activation, then only new mentions', async () => {
		const first = await runPoll({ nodes: [trigger()] });
		expect(first.items).toBeNull();

		const again = await runPoll({ nodes: [trigger()], staticData: first.staticData });
		expect(again.items).toBeNull();

		// Posted after activation (a little in the future of the first poll's clock).
		hits.push(hit(3, -2, 'Acme charged me twice, this is a scam'));
		const third = await runPoll({ nodes: [trigger()], staticData: again.staticData });
		expect(third.items?.map((item) => item.json.id)).toEqual(['hackernews:3']);

		const fourth = await runPoll({ nodes: [trigger()], staticData: third.staticData });
		expect(fourth.items).toBeNull();
	});

	it('asks the API only for posts since shortly before the newest one seen', async () => {
		const first = await runPoll({ nodes: [trigger()] });
		api.requests.length = 0;
		await runPoll({ nodes: [trigger()], staticData: first.staticData });
		const filter = api.requests[0].query.get('numericFilters') ?? '';
		const since = Number(filter.replace('created_at_i>=', ''));
		expect(since).toBeGreaterThan(hits[1].created_at_i - 15 * 60);
		expect(since).toBeLessThanOrEqual(hits[1].created_at_i);
	});

	it('backfills the last N hours on the first poll when asked', async () => {
		const first = await runPoll({ nodes: [trigger({ backfillHours: 1 })] });
		expect(first.items?.map((item) => item.json.id).sort()).toEqual([
			'hackernews:1',
			'hackernews:2',
		]);
	});

	it('keeps the remembered ids bounded', async () => {
		hits = Array.from({ length: 150 }, (_, index) => hit(index + 1, 3000 - index * 10));
		const first = await runPoll({ nodes: [trigger({ maxSeen: 100 })] });
		const poll = first.staticData[STATE_KEY] as { poll: { seen: unknown[] } };
		expect(poll.poll.seen.length).toBeLessThanOrEqual(100);
	});

	it('recovers from damaged static data with a fresh cursor instead of crashing', async () => {
		const result = await runPoll({
			nodes: [trigger()],
			staticData: { [STATE_KEY]: { poll: { version: 99, seen: 'garbage' } } },
		});
		expect(result.items).toBeNull();
		expect((result.staticData[STATE_KEY] as { poll: { version: number } }).poll.version).toBe(1);
	});

	it('returns a small sample in manual mode so the user sees the data shape', async () => {
		const result = await runPoll({ nodes: [trigger()], mode: 'manual' });
		expect(result.items?.length).toBeGreaterThan(0);
		expect(result.items?.length).toBeLessThanOrEqual(5);
	});
});
