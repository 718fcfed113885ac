import { FieldError } from '../../../core/errors/FieldError';
import { readPath } from '../../../core/mention/fieldMapping';

/** The detector's own bound on one volume row. */
const MAX_VOLUME = 1_000_000;

/** The item's count of mentions for its interval; a FieldError naming the field when it is not a whole number in range. */
export function readVolumeCount(json: unknown, field: string): number {
	const count = readPath(json, field);
	if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_VOLUME) {
		throw new FieldError(
			field,
			`The field "${field}" must hold a whole number of mentions from 0 to ${MAX_VOLUME}`,
		);
	}
	return count;
}
