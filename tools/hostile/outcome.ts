import { MB, TARGET_MS_PER_MB } from './benchSettings';

/** How one measurement of one case at one size ended. */
export type Outcome =
	| { kind: 'ok' | 'rejected'; bytes: number; ms: number; note?: string }
	| { kind: 'failed'; bytes: number; ms: number; note: string }
	| { kind: 'skipped' | 'timeout'; bytes: number; ms: number; note: string };

export interface SizeResult {
	label: string;
	outcome: Outcome;
}

export const msPerMB = (outcome: Outcome): number => (outcome.ms * MB) / Math.max(1, outcome.bytes);

export function describeError(error: unknown): string {
	const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

/** Finished (or rejected the input as it should) within the target rate. */
export function passes(outcome: Outcome): boolean {
	return (
		(outcome.kind === 'ok' || outcome.kind === 'rejected') && msPerMB(outcome) <= TARGET_MS_PER_MB
	);
}
