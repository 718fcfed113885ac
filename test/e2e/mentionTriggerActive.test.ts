import { FeedStandIn, type FeedItem } from './harness/feedStandIn';
import { expectSucceeded, output, waitForExecution } from './harness/manualRun';
import type { N8nRest } from './harness/n8nRest';
import { ownerRest } from './harness/ownerSession';

// n8n polls at most once a minute; activation polls at once, so two polls take up to about a minute.
const POLL_WAIT_MS = 100_000;

interface Listed {
	results: Array<{ id: string; status: string }>;
}

async function executionsOf(rest: N8nRest, workflowId: string): Promise<string[]> {
	const listed = await rest.call<Listed>(
		'GET',
		`/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}`,
	);
	return listed.results.map((execution) => execution.id);
}

async function until<T>(
	what: string,
	check: () => Promise<T | undefined>,
	timeoutMs = POLL_WAIT_MS,
): Promise<T> {
	const started = Date.now();
	for (;;) {
		const value = await check();
		if (value !== undefined) return value;
		if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
}

function triggerWorkflow(name: string, parameters: Record<string, unknown>) {
	return {
		name,
		settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all' },
		connections: {},
		nodes: [
			{
				id: `${name}-trigger`,
				name: 'Mention Trigger',
				type: 'n8n-nodes-crisis-desk.mentionTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, ...parameters },
			},
		],
	};
}

describe('Mention Trigger, active in the real n8n: only new mentions across polls', () => {
	let rest: N8nRest;
	let feed: FeedStandIn;
	const items: FeedItem[] = [
		{
			title: 'Acme outage thread',
			link: 'https://news.example/acme-1',
			description: 'Acme orders are late again',
			secondsAgo: 7200,
		},
		{
			title: 'Acme review',
			link: 'https://news.example/acme-2',
			description: 'Acme support was helpful',
			secondsAgo: 5400,
		},
	];
	const created: string[] = [];

	beforeAll(async () => {
		rest = await ownerRest();
		feed = await FeedStandIn.start({ '/alerts.xml': items });
	});

	afterAll(async () => {
		for (const id of created) await rest.deactivate(id).catch(() => undefined);
		await feed.stop();
	});

	it('activation does not flood; a post published after it is emitted once; the demo stream never replays the past', async () => {
		const rss = await rest.call<{ id: string }>(
			'POST',
			'/workflows',
			triggerWorkflow('e2e trigger rss', {
				source: 'rss',
				feedUrls: feed.feedUrl('/alerts.xml'),
				keywords: 'acme',
			}),
		);
		const demo = await rest.call<{ id: string }>(
			'POST',
			'/workflows',
			triggerWorkflow('e2e trigger demo', {
				source: 'demo',
				keywords: 'acme',
				demoCrisis: 'delivery-outage',
				limit: 500,
			}),
		);
		created.push(rss.id, demo.id);
		const activatedAt = Date.now();
		await rest.activate(rss.id);
		await rest.activate(demo.id);

		// The first poll runs on activation: it sees the two old posts and emits nothing.
		await until('the activation poll', async () =>
			feed.requestCount('/alerts.xml') > 0 ? true : undefined,
		);
		await new Promise((resolve) => setTimeout(resolve, 2000));
		expect(await executionsOf(rest, rss.id)).toEqual([]);
		items.push({
			title: 'Acme charged me twice',
			link: 'https://news.example/acme-3',
			description: 'Acme took my money twice and nobody answers',
			secondsAgo: 0,
		});

		const executionId = await until(
			'the poll that sees the new post',
			async () => (await executionsOf(rest, rss.id))[0],
		);
		const run = await waitForExecution(rest, executionId);
		expectSucceeded(run);
		const emitted = output(run, 'Mention Trigger');
		expect(emitted.map((mention) => mention.url)).toEqual(['https://news.example/acme-3']);
		expect(emitted[0]).toMatchObject({ source: 'rss', query: 'acme' });

		// Another poll reads the same feed again and emits nothing new.
		const feedReadsBefore = feed.requestCount('/alerts.xml');
		await until('one more poll of the feed', async () =>
			feed.requestCount('/alerts.xml') > feedReadsBefore ? true : undefined,
		);
		await new Promise((resolve) => setTimeout(resolve, 3000));
		expect(await executionsOf(rest, rss.id)).toEqual([executionId]);

		// The demo stream: whatever its polls emitted was posted after activation, and never twice.
		const demoIds = new Set<string>();
		for (const id of await executionsOf(rest, demo.id)) {
			const demoRun = await waitForExecution(rest, id);
			expectSucceeded(demoRun);
			for (const mention of output(demoRun, 'Mention Trigger')) {
				expect(Date.parse(mention.createdAt as string)).toBeGreaterThan(activatedAt - 1000);
				expect(demoIds.has(mention.id as string)).toBe(false);
				demoIds.add(mention.id as string);
			}
		}
	}, 240_000);
});
