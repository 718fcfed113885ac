import { isMainThread, workerData } from 'node:worker_threads';
import { benchCases } from './hostile/benchCases';
import { cell, pad } from './hostile/benchColumns';
import { SIZES, TARGET_MS_PER_MB } from './hostile/benchSettings';
import { measureCase } from './hostile/measureCase';
import { msPerMB, passes } from './hostile/outcome';
import { runCase } from './hostile/runCase';
import { parseCommandLine } from './commandLine';
import { runAsCommand } from './runAsCommand';

/**
 * `bench:hostile`: pushes the worst inputs known through every ingest path (source adapters, HTML to text,
 * feeds, API error bodies, the scorer, the detector, every playbook operation) at 100 KB and 1 MB and prints
 * milliseconds per MB per path. Each case runs in a worker thread of its own, so a stuck path is stopped
 * after a time limit and a thrown error is a failure line, not the end of the bench. Last line:
 * `{"worstMsPerMB", "path", "input", "failing"}`; the exit code is 1 when any case misses the target.
 */

const USAGE = 'usage: bench:hostile [--path PREFIX]';
const OPTIONS = { path: { type: 'string' } } as const;

export async function main(argv: string[]): Promise<number> {
	const commandLine = parseCommandLine(argv, OPTIONS, USAGE);
	if ('refusal' in commandLine) {
		process.stderr.write(`${commandLine.refusal}\n`);
		return 2;
	}
	const only = commandLine.values.path;
	const cases = benchCases()
		.map((benchCase, index) => ({ benchCase, index }))
		.filter(({ benchCase }) => only === undefined || benchCase.path.startsWith(only));
	const log = (line: string) => process.stdout.write(`${line}\n`);
	log(
		`hostile inputs through every ingest path, ${SIZES.map((size) => size.label).join(' and ')}; target ≤ ${TARGET_MS_PER_MB} ms per MB`,
	);
	log(
		`${pad('path', 34)}${pad('input', 58)}${SIZES.map((size) => pad(size.label, 34)).join('')}verdict`,
	);

	const worstByPath = new Map<string, { msPerMB: number; input: string }>();
	let worst = { msPerMB: 0, path: '', input: '' };
	let failing = 0;
	for (const { benchCase, index } of cases) {
		const results = await runCase(index, __filename);
		const ok = results.every((result) => passes(result.outcome));
		if (!ok) failing++;
		log(
			`${pad(benchCase.path, 34)}${pad(benchCase.input, 58)}${results.map((result) => pad(cell(result.outcome), 34)).join('')}${ok ? 'ok' : 'FAILS'}`,
		);
		for (const { outcome } of results) {
			// A failure counts as the slowest path whatever its time: it did not finish its work.
			const rate =
				outcome.kind === 'failed' || outcome.kind === 'timeout'
					? Number.MAX_SAFE_INTEGER
					: msPerMB(outcome);
			const known = worstByPath.get(benchCase.path);
			if (!known || rate > known.msPerMB)
				worstByPath.set(benchCase.path, { msPerMB: rate, input: benchCase.input });
			if (rate > worst.msPerMB || worst.path === '')
				worst = { msPerMB: rate, path: benchCase.path, input: benchCase.input };
		}
	}

	log('');
	log('worst ms per MB per path:');
	const shown = (rate: number) =>
		rate === Number.MAX_SAFE_INTEGER ? 'failed' : String(Math.round(rate));
	for (const [path, { msPerMB: rate, input }] of worstByPath)
		log(`${pad(path, 34)}${pad(shown(rate), 10)}${input}`);
	log(`${failing} of ${cases.length} cases miss the target`);
	// null when the worst case did not finish (threw or timed out): it has no rate, and `failing` says how many.
	log(
		JSON.stringify({
			worstMsPerMB: worst.msPerMB === Number.MAX_SAFE_INTEGER ? null : Math.round(worst.msPerMB),
			path: worst.path,
			input: worst.input,
			failing,
		}),
	);
	return failing === 0 ? 0 : 1;
}

if (isMainThread) {
	runAsCommand('bench:hostile', module, main);
} else {
	// A rejection here ends the worker with an 'error' event, which the main thread reports.
	void measureCase((workerData as { caseIndex: number }).caseIndex);
}
