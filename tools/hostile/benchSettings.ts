// The bench's sizes, warm-up, target and time limits.

export const SIZES = [
	{ label: '100 KB', bytes: 100 * 1024 },
	{ label: '1 MB', bytes: 1024 * 1024 },
] as const;
export const MB = 1024 * 1024;
export const WARM_UP_BYTES = 16 * 1024;
export const WARM_UP_RUNS = 5;
/** Every path linear and under this many milliseconds per MB (issue 11). */
export const TARGET_MS_PER_MB = 200;
/** A 100 KB run slower than this is not run at 1 MB: a quadratic path would take minutes. */
export const LARGER_ONLY_UNDER_MS = 2_000;
/** One measurement still running after this long is stopped and fails. */
export const MEASUREMENT_LIMIT_MS = 60_000;
/** Runs under a second are repeated (seven times: the first ones still run code the JIT is optimising) and the fastest kept: the machine is shared, and noise only ever adds time. */
export const QUICK_RUN_MS = 1_000;
export const QUICK_RUNS = 7;
