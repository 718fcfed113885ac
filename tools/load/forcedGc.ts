import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

/**
 * A forced full GC, so that retained heap can be compared between checkpoints. V8 only exposes `gc` when
 * started with --expose-gc; setting the flag at run time and reading it from a fresh context does the same.
 */
export function forcedGc(): (() => void) | undefined {
	setFlagsFromString('--expose-gc');
	const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
	return typeof gc === 'function' ? (gc as () => void) : undefined;
}
