import { FieldError } from '../../core/errors/FieldError';
import { DescribedFailure } from '../../nodeErrors/DescribedFailure';

/** An item that could not be scored: a field Field Mapping points at is missing or wrong, or anything else. */
export function scoringFailure(error: unknown, index: number): DescribedFailure {
	if (error instanceof FieldError) {
		return new DescribedFailure(
			`${error.detail} (item ${index})`,
			'Map the right field under Field Mapping, or fix the item upstream.',
		);
	}
	return new DescribedFailure(`Could not score item ${index}: ${(error as Error).message}`);
}
