import type { INodeExecutionData } from 'n8n-workflow';

import { demoMentionsBetween } from '../../nodes/core/sources/demo';
import { node, runWorkflow } from '../engine/harness/engine';

// 100,000 mentions through the Crisis Score node in n8n-core's WorkflowExecute, in executions of
// 1,000 items as a trigger would deliver them. Measures, never asserts a time: the figures go to stdout.
const TOTAL = Number(process.env.CRISIS_DESK_LOAD_MENTIONS || 100_000);
const BATCH = 1_000;

it('Crisis Score in the engine: throughput and memory over 100,000 mentions', async () => {
	const end = new Date('2026-11-01T00:00:00Z');
	const mentions: INodeExecutionData[] = [];
	for (let day = 0; mentions.length < TOTAL; day++) {
		const to = new Date(end.getTime() - day * 86_400_000);
		const from = new Date(to.getTime() - 86_400_000);
		for (const brand of ['acme', 'globex', 'initech', 'umbrella']) {
			for (const mention of demoMentionsBetween(from, to, {
				seed: 7 + day,
				brand,
				crisis: 'delivery-outage',
			})) {
				if (mentions.length < TOTAL) mentions.push({ json: mention as never });
			}
		}
	}
	const scoreNode = node('Crisis Score', 'crisisScore', { operation: 'score', routing: 'byLevel' });
	await runWorkflow({ nodes: [scoreNode], input: mentions.slice(0, BATCH) });
	global.gc?.();
	const rss: number[] = [];
	const heap: number[] = [];
	const levels = { critical: 0, high: 0, medium: 0, low: 0 };
	const started = process.hrtime.bigint();
	for (let offset = 0; offset < mentions.length; offset += BATCH) {
		const result = await runWorkflow({
			nodes: [scoreNode],
			input: mentions.slice(offset, offset + BATCH),
		});
		levels.critical += result.output('Crisis Score', 0).length;
		levels.high += result.output('Crisis Score', 1).length;
		levels.medium += result.output('Crisis Score', 2).length;
		levels.low += result.output('Crisis Score', 3).length;
		if ((offset / BATCH) % 10 === 9) {
			// Retained memory after a full collection (run with --expose-gc): flat means nothing accumulates.
			global.gc?.();
			const usage = process.memoryUsage();
			rss.push(Math.round(usage.rss / 1e6));
			heap.push(Math.round(usage.heapUsed / 1e6));
		}
	}
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	const scored = levels.critical + levels.high + levels.medium + levels.low;
	expect(scored).toBe(mentions.length);
	process.stdout.write(
		`${JSON.stringify({ mentions: scored, executions: Math.ceil(mentions.length / BATCH), seconds: Math.round(seconds * 10) / 10, mentionsPerSec: Math.round(scored / seconds), levels, rssMbEvery10k: rss, retainedHeapMbEvery10k: heap, gcExposed: typeof global.gc === 'function' })}\n`,
	);
});
