import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { detectCrises, type Observation } from '../nodes/core/detection/detectCrises';
import type { Mention } from '../nodes/core/mention/Mention';
import { createScorer } from '../nodes/core/scoring/createScorer';
import { demoMentionsBetween, type DemoConfig } from '../nodes/core/sources/demo';
import { parseCommandLine } from './commandLine';
import { runAsCommand } from './runAsCommand';

/** A mix of brands as one team would watch them: some quiet, some with a recurring crisis (EN and TR texts). */
const BRAND_NAMES = [
	'Acme',
	'Boreas Bank',
	'Kuzey Kargo',
	'Lumen Air',
	'Marmara Market',
	'Nova Telecom',
	'Orkide',
	'Pera Pay',
	'Quill Books',
	'Rüzgar Enerji',
];
const START = Date.parse('2026-03-02T00:00:00Z');
const MB = 1024 * 1024;
/** Retained heap is measured (after a full GC) this many times over the run. */
const CHECKPOINTS = 10;

export interface LoadOptions {
	mentions: number;
	brands: number;
	pollMinutes: number;
}

export interface MemoryCheckpoint {
	/** Mentions processed when the checkpoint was taken. */
	mentions: number;
	/** Heap still in use after a full garbage collection, MB (undefined when GC cannot be forced). */
	retainedHeapMB?: number;
	/** Size of the detector state as n8n would store it (JSON), bytes. */
	stateBytes: number;
}

export interface LoadReport {
	mentions: number;
	polls: number;
	brands: number;
	simulatedDays: number;
	events: number;
	scoring: { mentionsPerSec: number; seconds: number };
	detector: { mentionsPerSec: number; pollsPerSec: number; seconds: number };
	generation: { seconds: number };
	memory: {
		peakRssMB: number;
		peakHeapUsedMB: number;
		checkpoints: MemoryCheckpoint[];
		/** Retained heap at the end minus at the first checkpoint after warm-up (20 % of the run), MB. */
		retainedHeapGrowthMB?: number;
		/** Largest stored detector state over the run, bytes. */
		maxStateBytes: number;
		/** Retained heap grew by less than 5 MB and the stored state by less than 10 % after warm-up. */
		flat: boolean;
	};
}

/**
 * A forced full GC, so that retained heap can be compared between checkpoints. V8 only exposes `gc` when
 * started with --expose-gc; setting the flag at run time and reading it from a fresh context does the same.
 */
function forcedGc(): (() => void) | undefined {
	setFlagsFromString('--expose-gc');
	const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
	return typeof gc === 'function' ? (gc as () => void) : undefined;
}

function demoConfigs(brands: number): DemoConfig[] {
	return Array.from({ length: brands }, (_, index) => ({
		seed: 1000 + index,
		brand:
			BRAND_NAMES[index % BRAND_NAMES.length] +
			(index >= BRAND_NAMES.length ? ` ${Math.floor(index / BRAND_NAMES.length) + 1}` : ''),
		crisis: index % 3 === 0 ? 'delivery-outage' : index % 3 === 1 ? 'data-leak' : 'none',
	}));
}

function toMB(bytes: number): number {
	return Math.round((bytes / MB) * 10) / 10;
}

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

function round3(value: number): number {
	return Math.round(value * 1000) / 1000;
}

const USAGE = 'usage: load [--mentions 100000] [--brands 8] [--poll 10]';
const OPTIONS = {
	mentions: { type: 'string', default: '100000' },
	brands: { type: 'string', default: '8' },
	poll: { type: 'string', default: '10' },
} as const;

function readWholeNumber(name: string, text: string): number | string {
	const value = Number(text);
	return Number.isInteger(value) && value >= 1
		? value
		: `--${name} must be a whole number of at least 1, got ${text}`;
}

/** `load [--mentions 100000] [--brands 8] [--poll 10]`: throughput and memory of scoring + detection over a long stream. */
export async function main(argv: string[]): Promise<number> {
	const commandLine = parseCommandLine(argv, OPTIONS, USAGE);
	if ('refusal' in commandLine) {
		process.stderr.write(`${commandLine.refusal}\n`);
		return 2;
	}
	const mentions = readWholeNumber('mentions', commandLine.values.mentions);
	const brands = readWholeNumber('brands', commandLine.values.brands);
	const pollMinutes = readWholeNumber('poll', commandLine.values.poll);
	for (const value of [mentions, brands, pollMinutes]) {
		if (typeof value === 'string') {
			process.stderr.write(`load: ${value}\n`);
			return 2;
		}
	}
	const options = { mentions, brands, pollMinutes } as LoadOptions;
	const log = (line: string) => process.stderr.write(`${line}\n`);
	log(
		`load: ${options.mentions} demo mentions (EN/TR) of ${options.brands} brands, one poll every ${options.pollMinutes} min, scorer + crisis detector`,
	);
	const report = runLoad(options, log);
	log(`scoring:  ${report.scoring.mentionsPerSec} mentions/s (${report.scoring.seconds} s)`);
	log(
		`detector: ${report.detector.mentionsPerSec} mentions/s, ${report.detector.pollsPerSec} polls/s (${report.detector.seconds} s, state JSON round trip included)`,
	);
	log(`${report.polls} polls over ${report.simulatedDays} simulated days, ${report.events} alerts`);
	log(
		`memory: peak rss ${report.memory.peakRssMB} MB, peak heap ${report.memory.peakHeapUsedMB} MB, retained heap growth after warm-up ` +
			`${report.memory.retainedHeapGrowthMB ?? '?'} MB, largest stored state ${report.memory.maxStateBytes} bytes: ${report.memory.flat ? 'flat' : 'GROWING'}`,
	);
	process.stdout.write(`${JSON.stringify(report)}\n`);
	return 0;
}

runAsCommand('load', module, main);
