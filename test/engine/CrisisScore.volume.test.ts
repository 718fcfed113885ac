import type { IDataObject } from 'n8n-workflow';

import { node, runWorkflow } from './harness/engine';

function detectNode(parameters: Record<string, unknown> = {}) {
	return node('Crisis Score', 'crisisScore', {
		operation: 'detect',
		routing: 'single',
		brandField: 'brand',
		volumeField: 'count',
		detectionOptions: { warmupHours: 0 },
		...parameters,
	});
}

/** Counts per 10 minutes as a dashboard exports them, `fromMin`..`toMin` minutes ago (the detector keeps six hours). */
function volumeRows(fromMin: number, toMin: number, count: number): Array<{ json: IDataObject }> {
	const now = Math.floor(Date.now() / (10 * 60_000)) * 10 * 60_000;
	const rows: Array<{ json: IDataObject }> = [];
	for (let minutes = fromMin; minutes > toMin; minutes -= 10) {
		rows.push({
			json: { brand: 'acme', createdAt: new Date(now - minutes * 60_000).toISOString(), count },
		});
	}
	return rows;
}

describe('Crisis Score: Detect Crisis on volume rows (Volume Field)', () => {
	it('counts each row as that many mentions without text, and opens an incident on a surge of counts', async () => {
		const calm = await runWorkflow({
			nodes: [detectNode()],
			input: volumeRows(350, 20, 4),
			mode: 'trigger',
			active: true,
		});
		expect(calm.output('Crisis Score')).toHaveLength(0);
		const surge = await runWorkflow({
			nodes: [detectNode()],
			input: volumeRows(20, 0, 60),
			staticData: calm.staticData,
			mode: 'trigger',
			active: true,
		});
		const events = surge.output('Crisis Score').map((item) => item.json);
		expect(events).toEqual([
			expect.objectContaining({
				brand: 'acme',
				state: 'opened',
				level: expect.stringMatching(/high|critical/),
			}),
		]);
		expect(events[0].volume as number).toBeGreaterThanOrEqual(120);
	});

	it('without the Volume Field, the same rows are one mention each and need a text', async () => {
		const result = await runWorkflow({
			nodes: [detectNode({ volumeField: '' })],
			input: volumeRows(60, 0, 4),
			mode: 'trigger',
			active: true,
		});
		expect(result.error('Crisis Score')?.message).toMatch(/"text" is missing/);
	});

	it('fails an item whose count is not a whole number, naming the field', async () => {
		const rows = volumeRows(100, 0, 4);
		rows[5] = { json: { ...rows[5].json, count: 'many' } };
		const result = await runWorkflow({
			nodes: [detectNode()],
			input: rows,
			mode: 'trigger',
			active: true,
		});
		expect(result.error('Crisis Score')?.message).toMatch(/"count" must hold a whole number/);
		expect(result.error('Crisis Score')?.message).toMatch(/item 5/);
	});
});

describe('Crisis Score: Detect Crisis on mentions without a time of their own', () => {
	function mentions(
		fromMin: number,
		toMin: number,
		perBucket: number,
		extra: IDataObject = {},
	): Array<{ json: IDataObject }> {
		const now = Math.floor(Date.now() / (10 * 60_000)) * 10 * 60_000;
		const items: Array<{ json: IDataObject }> = [];
		for (let minutes = fromMin; minutes > toMin; minutes -= 10) {
			for (let k = 0; k < perBucket; k++) {
				const createdAt = new Date(now - minutes * 60_000 + k * 1000).toISOString();
				items.push({
					json: {
						id: `m-${minutes}-${k}-${items.length}`,
						brand: 'acme',
						createdAt,
						text: `terrible app crashes again, review ${minutes} ${k}`,
						...extra,
					},
				});
			}
		}
		return items;
	}

	async function afterCalmHours(surge: Array<{ json: IDataObject }>) {
		const calm = await runWorkflow({
			nodes: [detectNode({ volumeField: '' })],
			input: mentions(350, 20, 2),
			mode: 'trigger',
			active: true,
		});
		expect(calm.output('Crisis Score')).toHaveLength(0);
		return runWorkflow({
			nodes: [detectNode({ volumeField: '' })],
			input: surge,
			staticData: calm.staticData,
			mode: 'trigger',
			active: true,
		});
	}

	it('does not take 200 reviews sharing a stand-in time (createdAtEstimated) for a burst', async () => {
		const undated = mentions(10, 0, 200, { createdAtEstimated: true });
		const result = await afterCalmHours(undated);
		expect(result.output('Crisis Score')).toHaveLength(0);
	});

	it('opens an incident on the same 200 reviews when they carry their own time', async () => {
		const result = await afterCalmHours(mentions(10, 0, 200));
		expect(result.output('Crisis Score').map((item) => item.json.state)).toEqual(['opened']);
	});
});
