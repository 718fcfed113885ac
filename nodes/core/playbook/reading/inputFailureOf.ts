import { outcomeOf } from '../../errors/outcomeOf';
import { FieldError } from '../../errors/FieldError';

/** One item that could not be read: its index, the field to fix and what is wrong with it. */
export interface InputFailure {
	index: number;
	field: string;
	detail: string;
}

/**
 * Runs the work for the item at `index`: bad input becomes that item's failure so the rest of the batch
 * goes on; anything else is a bug and propagates unchanged.
 */
export function inputFailureOf(index: number, work: () => void): InputFailure | undefined {
	const outcome = outcomeOf(work);
	if (outcome.ok) return undefined;
	if (!(outcome.error instanceof FieldError)) throw outcome.error;
	return { index, field: outcome.error.field, detail: outcome.error.detail };
}
