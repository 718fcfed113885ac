import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import type { INodeExecutionData } from 'n8n-workflow';

import { calmBaseline, complaintBurst, mention } from './fixtures/acmeStream';
import { node, runWorkflow, type WorkflowResult } from './harness/engine';

const baseline = calmBaseline();
const burst = complaintBurst();

function detectNode(parameters: Record<string, unknown> = {}) {
	return node('Crisis Score', 'crisisScore', {
		operation: 'detect',
		routing: 'single',
		stateStorage: 'dataTable',
		stateKey: 'acme-detector',
		detectionOptions: { warmupHours: 0 },
		...parameters,
	});
}

/** A production execution that carries nothing between runs except what the caller passes as Stored State. */
async function execute(
	input: INodeExecutionData[],
	storedState: unknown,
	parameters: Record<string, unknown> = {},
) {
	return await runWorkflow({
		nodes: [detectNode({ storedState, ...parameters })],
		input,
		mode: 'trigger',
		active: true,
	});
}

function savedRow(result: WorkflowResult, outputIndex = 1): { key: string; state: string } {
	const items = result.output('Crisis Score', outputIndex);
	expect(items).toHaveLength(1);
	return items[0].json as { key: string; state: string };
}

describe('Crisis Score: Detect Crisis with Data Table state storage', () => {
	afterEach(() => jest.restoreAllMocks());

	it('opens an incident once across executions that share only the data table row, never static data', async () => {
		const first = await execute(baseline, '');
		expect(first.output('Crisis Score', 0)).toHaveLength(0);
		const row = savedRow(first);
		expect(row.key).toBe('acme-detector');
		expect(Object.keys(row)).toEqual(['key', 'state']);
		expect(JSON.parse(row.state).seenIds).toHaveLength(60);
		// State version 2: brands are a list, each with its key.
		expect(JSON.parse(row.state)).toMatchObject({
			version: 2,
			bucketMinutes: 10,
			brands: [expect.objectContaining({ key: 'acme', name: 'acme' })],
		});
		expect(first.staticData).toEqual({});

		const second = await execute(burst, row.state);
		const opened = second.output('Crisis Score', 0).filter((item) => item.json.state === 'opened');
		expect(opened).toHaveLength(1);
		expect(opened[0].json.brand).toBe('acme');
		expect(second.staticData).toEqual({});

		const third = await execute(burst, savedRow(second).state);
		expect(
			third.output('Crisis Score', 0).filter((item) => item.json.state === 'opened'),
		).toHaveLength(0);
		expect(JSON.parse(savedRow(third).state).seenIds).toHaveLength(100);
	});

	it('depends on the row: without it every execution starts over, with no baseline to judge the burst by', async () => {
		const opened = async (input: INodeExecutionData[], storedState: string) =>
			(await execute(input, storedState))
				.output('Crisis Score', 0)
				.filter((item) => item.json.state === 'opened');
		// The calm hours are learned, but their row is not passed on: the burst meets a detector that starts over.
		await execute(baseline, '');
		expect(await opened(burst, '')).toHaveLength(0);
		const calm = savedRow(await execute(baseline, ''));
		expect(await opened(burst, calm.state)).toHaveLength(1);
		const afterBurst = savedRow(await execute(burst, calm.state));
		expect(await opened(burst, afterBurst.state)).toHaveLength(0);
	});

	it('puts the Detector State output after the four level outputs when routing by level', async () => {
		const first = await execute(baseline, '', { routing: 'byLevel' });
		const second = await execute(burst, savedRow(first, 4).state, { routing: 'byLevel' });
		const levels = [0, 1, 2, 3].flatMap((index) => second.output('Crisis Score', index));
		expect(levels.filter((item) => item.json.state === 'opened')).toHaveLength(1);
		expect(JSON.parse(savedRow(second, 4).state).seenIds).toHaveLength(100);
	});

	it('accepts the state as an object as well as JSON text', async () => {
		const first = await execute(baseline, '');
		const second = await execute(burst, JSON.parse(savedRow(first).state));
		expect(
			second.output('Crisis Score', 0).filter((item) => item.json.state === 'opened'),
		).toHaveLength(1);
	});

	it.each([
		['damaged JSON', '{"version":1,"brands":', /Stored State is not valid JSON/],
		['a number', 42, /Stored State is number/],
		[
			'JSON that is not a detector state',
			'{"version":"garbage","brands":7}',
			/state reset: stored version garbage/,
		],
		[
			'a version 1 state (brands keyed by name)',
			'{"version":1,"bucketMinutes":10,"brands":{"acme":{}},"seenIds":[],"seenTexts":[]}',
			/state reset: stored version 1 is not 2/,
		],
	])(
		'resets the detector with a logged notice when Stored State is %s',
		async (_, storedState, notice) => {
			const warn = jest.spyOn(Container.get(Logger), 'warn');
			const result = await execute([mention('x', 1, 'acme is fine')], storedState);
			expect(result.error('Crisis Score')).toBeUndefined();
			expect(JSON.parse(savedRow(result).state).seenIds).toHaveLength(1);
			expect(warn.mock.calls.map(([message]) => String(message))).toEqual(
				expect.arrayContaining([expect.stringMatching(notice)]),
			);
		},
	);

	it('fails with a message naming State Key when it is empty', async () => {
		const result = await execute(baseline, '', { stateKey: '  ' });
		expect(result.error('Crisis Score')?.message).toMatch(/State Key/);
	});

	it('keeps static data storage as the default, with no Detector State output', async () => {
		const result = await runWorkflow({
			nodes: [
				node('Crisis Score', 'crisisScore', {
					operation: 'detect',
					routing: 'single',
					detectionOptions: { warmupHours: 0 },
				}),
			],
			input: baseline,
			mode: 'trigger',
			active: true,
		});
		expect(result.run.data.resultData.runData['Crisis Score'][0].data?.main).toHaveLength(1);
		const stored = (result.staticData['node:Crisis Score'] as { detector: { seenIds: string[] } })
			.detector;
		expect(stored.seenIds).toHaveLength(60);
	});
});
