import type { INodeExecutionData } from 'n8n-workflow';

import { node, runWorkflow } from './harness/engine';

const MINUTE = 60_000;

function mention(id: string, minutesAgo: number, text: string, query = 'acme'): INodeExecutionData {
	return {
		json: {
			id: `demo:${id}`,
			source: 'demo',
			text,
			createdAt: new Date(Date.now() - minutesAgo * MINUTE).toISOString(),
			author: { handle: `user_${id}`, followers: 100 },
			engagement: { likes: 0, replies: 0, shares: 0 },
			tagged: false,
			query,
		},
	};
}

const calm = ['Ordered from acme again today', 'acme app update looks nice', 'Anyone tried the new acme store?'];
const complaints = [
	'acme lost my package and support does not answer',
	'still waiting for my acme refund, this is a scam',
	'acme charged me twice and nobody replies',
	'my acme order never arrived, worst service ever',
	'acme delivery is a disaster, cancelling everything',
];

function detectNode(options: Record<string, unknown> = {}) {
	return node('Crisis Score', 'crisisScore', {
		operation: 'detect',
		routing: 'single',
		detectionOptions: { warmupHours: 0, ...options },
	});
}

describe('Crisis Score: Detect Crisis keeps its baseline in static data across executions', () => {
	it('opens an incident once for a burst after a calm baseline, and does not re-announce it', async () => {
		const baseline = Array.from({ length: 60 }, (_, index) =>
			mention(`calm${index}`, 355 - index * 5.5, calm[index % calm.length]),
		);
		const first = await runWorkflow({ nodes: [detectNode()], input: baseline, mode: 'trigger', active: true });
		expect(first.output('Crisis Score')).toHaveLength(0);

		const burst = Array.from({ length: 40 }, (_, index) =>
			mention(`burst${index}`, 9 - index * 0.2, `${complaints[index % complaints.length]} #${index}`),
		);
		const second = await runWorkflow({
			nodes: [detectNode()],
			input: burst,
			staticData: first.staticData,
			mode: 'trigger',
			active: true,
		});
		const events = second.output('Crisis Score');
		expect(events).toHaveLength(1);
		const event = events[0].json as Record<string, unknown>;
		expect(event.state).toBe('opened');
		expect(event.brand).toBe('acme');
		expect(event.volume as number).toBeGreaterThan(event.baseline as number);
		expect((event.reasons as string[]).length).toBeGreaterThan(0);
		expect((event.samples as unknown[]).length).toBeGreaterThan(0);
		expect(events[0].pairedItem).toEqual(expect.arrayContaining([expect.objectContaining({ item: expect.any(Number) })]));

		const third = await runWorkflow({
			nodes: [detectNode()],
			input: burst,
			staticData: second.staticData,
			mode: 'trigger',
			active: true,
		});
		expect(third.output('Crisis Score').filter((item) => item.json.state === 'opened')).toHaveLength(0);
	});

	it('routes incidents by level when Route by Level is on', async () => {
		const baseline = Array.from({ length: 60 }, (_, index) =>
			mention(`calm${index}`, 355 - index * 5.5, calm[index % calm.length]),
		);
		const first = await runWorkflow({
			nodes: [node('Crisis Score', 'crisisScore', { operation: 'detect', detectionOptions: { warmupHours: 0 } })],
			input: baseline,
		});
		const burst = Array.from({ length: 40 }, (_, index) =>
			mention(`burst${index}`, 9 - index * 0.2, `${complaints[index % complaints.length]} #${index}`),
		);
		const second = await runWorkflow({
			nodes: [node('Crisis Score', 'crisisScore', { operation: 'detect', detectionOptions: { warmupHours: 0 } })],
			input: burst,
			staticData: first.staticData,
		});
		const levels = ['critical', 'high', 'medium', 'low'];
		const routed = levels.map((_, index) => second.output('Crisis Score', index));
		expect(routed.flat()).toHaveLength(1);
		routed.forEach((items, index) => {
			for (const item of items) expect(item.json.level).toBe(levels[index]);
		});
	});

	it('rejects an invalid detection setting with a message naming it', async () => {
		const result = await runWorkflow({
			nodes: [detectNode({ minCount: 0 })],
			input: [mention('x', 1, 'acme is fine')],
		});
		expect(result.error('Crisis Score')?.message).toMatch(/minCount/);
	});

	it('recovers from damaged detector state instead of failing the execution', async () => {
		const result = await runWorkflow({
			nodes: [detectNode()],
			input: [mention('x', 1, 'acme is fine')],
			staticData: { 'node:Crisis Score': { detector: { version: 'garbage', brands: 7 } } },
		});
		expect(result.error('Crisis Score')).toBeUndefined();
		expect(result.output('Crisis Score')).toHaveLength(0);
	});
});
