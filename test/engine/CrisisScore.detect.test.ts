import { calmBaseline, complaintBurst, mention } from './fixtures/acmeStream';
import { node, runWorkflow } from './harness/engine';

function detectNode(options: Record<string, unknown> = {}) {
	return node('Crisis Score', 'crisisScore', {
		operation: 'detect',
		routing: 'single',
		detectionOptions: { warmupHours: 0, ...options },
	});
}

describe('Crisis Score: Detect Crisis keeps its baseline in static data across executions', () => {
	it('opens an incident once for a burst after a calm baseline, and does not re-announce it', async () => {
		const baseline = calmBaseline();
		const first = await runWorkflow({
			nodes: [detectNode()],
			input: baseline,
			mode: 'trigger',
			active: true,
		});
		expect(first.output('Crisis Score')).toHaveLength(0);
		const stored = (
			first.staticData['node:Crisis Score'] as {
				detector: { version: number; brands: Array<{ key: string }> };
			}
		).detector;
		expect(stored.version).toBe(2);
		expect(stored.brands.map((brand) => brand.key)).toEqual(['acme']);

		const burst = complaintBurst();
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
		expect(events[0].pairedItem).toEqual(
			expect.arrayContaining([expect.objectContaining({ item: expect.any(Number) })]),
		);

		const third = await runWorkflow({
			nodes: [detectNode()],
			input: burst,
			staticData: second.staticData,
			mode: 'trigger',
			active: true,
		});
		expect(
			third.output('Crisis Score').filter((item) => item.json.state === 'opened'),
		).toHaveLength(0);
	});

	it('judges a first batch of history listed newest first (as sources list it, reposts included): two calm hours, then a burst, open one alert', async () => {
		const calm = [
			'Ordered from acme again today',
			'acme app update looks nice',
			'Anyone tried the new acme store?',
		];
		const input = [
			...Array.from({ length: 40 }, (_, i) =>
				mention(
					`b${i}`,
					(540 - i * 12) / 60,
					`acme lost my package and support does not answer #${i}`,
				),
			),
			...Array.from({ length: 60 }, (_, i) =>
				mention(`c${i}`, (6900 - i * 100) / 60, calm[i % calm.length]),
			),
		].reverse();
		const result = await runWorkflow({ nodes: [detectNode()], input, mode: 'manual' });
		expect(result.output('Crisis Score').map((item) => [item.json.state, item.json.level])).toEqual(
			[['opened', 'high']],
		);
	});

	it('hands the Minimum Rise option to the detector: a rise smaller than it opens nothing', async () => {
		const first = await runWorkflow({
			nodes: [detectNode({ minExcess: 1000 })],
			input: calmBaseline(),
			mode: 'trigger',
			active: true,
		});
		const second = await runWorkflow({
			nodes: [detectNode({ minExcess: 1000 })],
			input: complaintBurst(),
			staticData: first.staticData,
			mode: 'trigger',
			active: true,
		});
		expect(second.output('Crisis Score')).toHaveLength(0);
	});

	it('routes incidents by level when Route by Level is on', async () => {
		const baseline = calmBaseline();
		const first = await runWorkflow({
			nodes: [
				node('Crisis Score', 'crisisScore', {
					operation: 'detect',
					detectionOptions: { warmupHours: 0 },
				}),
			],
			input: baseline,
		});
		const burst = complaintBurst();
		const second = await runWorkflow({
			nodes: [
				node('Crisis Score', 'crisisScore', {
					operation: 'detect',
					detectionOptions: { warmupHours: 0 },
				}),
			],
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

	it.each([
		['damaged', { version: 'garbage', brands: 7 }],
		[
			'of version 1 (brands keyed by name, "__proto__" among them)',
			JSON.parse(
				'{"version":1,"bucketMinutes":10,"brands":{"__proto__":{"polluted":true},"acme":{}},"seenIds":[],"seenTexts":[]}',
			),
		],
	])(
		'recovers from detector state that is %s instead of failing the execution',
		async (_, detector) => {
			const result = await runWorkflow({
				nodes: [detectNode()],
				input: [mention('x', 1, 'acme is fine')],
				staticData: { 'node:Crisis Score': { detector } },
				mode: 'trigger',
				active: true,
			});
			expect(result.error('Crisis Score')).toBeUndefined();
			expect(result.output('Crisis Score')).toHaveLength(0);
			const stored = (
				result.staticData['node:Crisis Score'] as {
					detector: { version: number; brands: Array<{ key: string }> };
				}
			).detector;
			expect(stored).toMatchObject({
				version: 2,
				brands: [expect.objectContaining({ key: 'acme' })],
			});
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		},
	);
});
