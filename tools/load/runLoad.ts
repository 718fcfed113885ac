import { detectCrises, type Observation } from '../../nodes/core/detection/detectCrises';
import type { Mention } from '../../nodes/core/mention/Mention';
import { createScorer } from '../../nodes/core/scoring/createScorer';
import { demoMentionsBetween } from '../../nodes/core/sources/demo';
import { demoConfigs } from './demoBrands';
import { forcedGc } from './forcedGc';
import type { LoadOptions, LoadReport, MemoryCheckpoint } from './loadReport';
import { round3, toMB } from './reportUnits';

const START = Date.parse('2026-03-02T00:00:00Z');
/** Retained heap is measured (after a full GC) this many times over the run. */
const CHECKPOINTS = 10;

/**
 * Streams demo mentions poll window by poll window through the scorer and the crisis detector, the
 * way Crisis Score runs in a workflow: each poll scores its batch, then feeds it to the detector with
 * the state read back from JSON (static data). Nothing of the history is kept but the detector state.
 */
export function runLoad(
	options: LoadOptions,
	log: (line: string) => void = () => undefined,
): LoadReport {
	const score = createScorer();
	const configs = demoConfigs(options.brands);
	const gc = forcedGc();
	const pollMs = options.pollMinutes * 60_000;
	const timer = () => process.hrtime.bigint();
	const seconds = (from: bigint, to: bigint) => Number(to - from) / 1e9;

	let state: unknown;
	let storedState = '';
	let processed = 0;
	let polls = 0;
	let events = 0;
	let scoringSeconds = 0;
	let detectorSeconds = 0;
	let generationSeconds = 0;
	let peakRss = 0;
	let peakHeap = 0;
	let maxStateBytes = 0;
	const checkpoints: MemoryCheckpoint[] = [];
	let nextCheckpoint = options.mentions / CHECKPOINTS;

	for (let windowStart = START; processed < options.mentions; windowStart += pollMs) {
		const now = new Date(windowStart + pollMs);
		const generated = timer();
		let batch: Mention[] = [];
		for (const config of configs)
			batch.push(
				...demoMentionsBetween(new Date(windowStart), new Date(windowStart + pollMs - 1), config),
			);
		batch = batch.slice(0, options.mentions - processed);
		const scored = timer();
		generationSeconds += seconds(generated, scored);

		const observations: Observation[] = batch.map((mention) => {
			const crisis = score(
				{
					text: mention.text,
					followers: mention.author.followers,
					engagement: mention.engagement,
					tagged: mention.tagged,
					verified: mention.author.verified,
					createdAt: mention.createdAt,
				},
				now,
			);
			return {
				id: mention.id,
				brand: mention.query,
				createdAt: mention.createdAt,
				text: mention.text,
				negative: crisis.sentiment.label === 'negative',
				risk: crisis.risk,
			};
		});
		const detected = timer();
		scoringSeconds += seconds(scored, detected);

		const result = detectCrises(state, observations, now);
		// n8n keeps static data as JSON between executions: the next poll reads it back from there.
		storedState = JSON.stringify(result.state);
		state = JSON.parse(storedState);
		detectorSeconds += seconds(detected, timer());

		processed += batch.length;
		polls++;
		events += result.events.length;
		maxStateBytes = Math.max(maxStateBytes, storedState.length);
		const usage = process.memoryUsage();
		peakRss = Math.max(peakRss, usage.rss);
		peakHeap = Math.max(peakHeap, usage.heapUsed);

		if (processed >= nextCheckpoint || processed >= options.mentions) {
			gc?.();
			const checkpoint: MemoryCheckpoint = {
				mentions: processed,
				...(gc ? { retainedHeapMB: toMB(process.memoryUsage().heapUsed) } : {}),
				stateBytes: storedState.length,
			};
			checkpoints.push(checkpoint);
			log(
				`${String(processed).padStart(7)} mentions, ${String(polls).padStart(5)} polls, day ${((windowStart - START) / 86_400_000).toFixed(1).padStart(5)}: ` +
					`retained heap ${checkpoint.retainedHeapMB ?? '?'} MB, rss ${toMB(usage.rss)} MB, state ${checkpoint.stateBytes} bytes, ${events} alerts so far`,
			);
			nextCheckpoint += options.mentions / CHECKPOINTS;
		}
	}

	const warm = checkpoints[Math.min(1, checkpoints.length - 1)];
	const last = checkpoints[checkpoints.length - 1];
	const growth =
		warm.retainedHeapMB !== undefined && last.retainedHeapMB !== undefined
			? Math.round((last.retainedHeapMB - warm.retainedHeapMB) * 10) / 10
			: undefined;
	return {
		mentions: processed,
		polls,
		brands: options.brands,
		simulatedDays: Math.round(((polls * pollMs) / 86_400_000) * 10) / 10,
		events,
		scoring: {
			mentionsPerSec: Math.round(processed / scoringSeconds),
			seconds: round3(scoringSeconds),
		},
		detector: {
			mentionsPerSec: Math.round(processed / detectorSeconds),
			pollsPerSec: Math.round(polls / detectorSeconds),
			seconds: round3(detectorSeconds),
		},
		generation: { seconds: round3(generationSeconds) },
		memory: {
			peakRssMB: toMB(peakRss),
			peakHeapUsedMB: toMB(peakHeap),
			checkpoints,
			...(growth !== undefined ? { retainedHeapGrowthMB: growth } : {}),
			maxStateBytes,
			flat: (growth === undefined || growth < 5) && last.stateBytes <= warm.stateBytes * 1.1,
		},
	};
}
