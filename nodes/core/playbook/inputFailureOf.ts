import { outcomeOf } from '../errors/outcomeOf';
import { PlaybookInputError } from './PlaybookInputError';

/** One item that could not be read: its index and the field to fix. */
export interface InputFailure {
	index: number;
	field: string;
	message: string;
}

/**
 * Runs the work for the item at `index`: bad input becomes that item's failure so the rest of the batch
 * goes on; anything else is a bug and propagates unchanged.
 */
export function inputFailureOf(index: number, work: () => void): InputFailure | undefined {
	const outcome = outcomeOf(work);
	if (outcome.ok) return undefined;
	if (!(outcome.error instanceof PlaybookInputError)) throw outcome.error;
	return { index, field: outcome.error.field, message: outcome.error.message };
}
