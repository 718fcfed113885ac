import { parentPort } from 'node:worker_threads';
import { benchCases } from './benchCases';
import type { BenchCase } from './cases/BenchCase';
import {
	LARGER_ONLY_UNDER_MS,
	QUICK_RUN_MS,
	QUICK_RUNS,
	SIZES,
	WARM_UP_BYTES,
	WARM_UP_RUNS,
} from './benchSettings';
import { describeError, type Outcome, type SizeResult } from './outcome';

/** One timed call, with its input built (untimed) first. */
async function timeOnce(benchCase: BenchCase, bytes: number): Promise<Outcome> {
	let prepared: ReturnType<BenchCase['prepare']>;
	try {
		prepared = benchCase.prepare(bytes);
	} catch (error) {
		return {
			kind: 'failed',
			bytes,
			ms: 0,
			note: `the bench could not build this input: ${describeError(error)}`,
		};
	}
	const { bytes: realBytes, run } = prepared;
	const started = process.hrtime.bigint();
	try {
		await run();
		return { kind: 'ok', bytes: realBytes, ms: Number(process.hrtime.bigint() - started) / 1e6 };
	} catch (error) {
		const ms = Number(process.hrtime.bigint() - started) / 1e6;
		if (benchCase.rejectsWith && error instanceof benchCase.rejectsWith)
			return { kind: 'rejected', bytes: realBytes, ms, note: describeError(error) };
		return { kind: 'failed', bytes: realBytes, ms, note: describeError(error) };
	}
}

async function measure(benchCase: BenchCase, bytes: number): Promise<Outcome> {
	let best = await timeOnce(benchCase, bytes);
	if (best.kind === 'failed') return best;
	for (let run = 1; run < QUICK_RUNS && best.ms < QUICK_RUN_MS; run++) {
		const next = await timeOnce(benchCase, bytes);
		if (next.kind === 'failed') return next;
		if (next.ms < best.ms) best = next;
	}
	return best;
}

/** In a worker: measures one case at every size and posts each result as soon as it is known. */
export async function measureCase(index: number): Promise<void> {
	const benchCase = benchCases()[index];
	// The first calls run unoptimised code: small runs first, so every size is timed on the same machine code.
	for (let run = 0; run < WARM_UP_RUNS; run++) await timeOnce(benchCase, WARM_UP_BYTES);
	let previous: Outcome | undefined;
	for (const size of SIZES) {
		let outcome: Outcome;
		if (previous && previous.kind !== 'ok' && previous.kind !== 'rejected') {
			outcome = {
				kind: 'skipped',
				bytes: size.bytes,
				ms: 0,
				note: `not run: the smaller size ${previous.kind}`,
			};
		} else if (previous && previous.ms >= LARGER_ONLY_UNDER_MS) {
			const quadratic = previous.ms * (size.bytes / previous.bytes) ** 2;
			outcome = {
				kind: 'skipped',
				bytes: size.bytes,
				ms: quadratic,
				note: `skipped: ${SIZES[0].label} already took ${Math.round(previous.ms)} ms (extrapolated quadratic)`,
			};
		} else {
			outcome = await measure(benchCase, size.bytes);
		}
		parentPort?.postMessage({ label: size.label, outcome } satisfies SizeResult);
		previous = outcome;
	}
}
