import { Worker } from 'node:worker_threads';
import { MEASUREMENT_LIMIT_MS, SIZES } from './benchSettings';
import { describeError, type SizeResult } from './outcome';

/** Runs one case in its own worker (started from `workerFile`, which calls measureCase); a measurement that outlives the limit stops the worker and fails. */
export function runCase(index: number, workerFile: string): Promise<SizeResult[]> {
	return new Promise((resolve) => {
		const results: SizeResult[] = [];
		const worker = new Worker(workerFile, { workerData: { caseIndex: index } });
		let timer: NodeJS.Timeout | undefined;
		const arm = () => {
			clearTimeout(timer);
			timer = setTimeout(() => {
				const pending = SIZES[results.length];
				if (pending) {
					const note = `timed out: still running after ${MEASUREMENT_LIMIT_MS / 1000} s`;
					results.push({
						label: pending.label,
						outcome: { kind: 'timeout', bytes: pending.bytes, ms: MEASUREMENT_LIMIT_MS, note },
					});
				}
				void worker.terminate();
			}, MEASUREMENT_LIMIT_MS);
		};
		arm();
		worker.on('message', (result: SizeResult) => {
			results.push(result);
			arm();
		});
		worker.on('error', (error) => {
			const pending = SIZES[results.length];
			if (pending)
				results.push({
					label: pending.label,
					outcome: { kind: 'failed', bytes: pending.bytes, ms: 0, note: describeError(error) },
				});
		});
		worker.on('exit', () => {
			clearTimeout(timer);
			for (const size of SIZES.slice(results.length)) {
				results.push({
					label: size.label,
					outcome: {
						kind: 'skipped',
						bytes: size.bytes,
						ms: 0,
						note: 'not run: the worker stopped',
					},
				});
			}
			resolve(results);
		});
	});
}
