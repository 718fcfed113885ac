import { FieldError } from '../../errors/FieldError';

/** Minutes of (business or wall-clock) time, or whole business days. */
export type WorkDuration =
	{ unit: 'minutes'; amount: number } | { unit: 'businessDays'; amount: number };

/** A response or resolution time beyond a year is a typo, not a target (and beyond what a date can hold, none at all). */
const MAX_DURATION_DAYS = 366;
const MAX_MINUTES = MAX_DURATION_DAYS * 24 * 60;

const PATTERN = /^(\d+(?:\.\d+)?)\s*(m|min|mins|minutes?|h|hr|hrs|hours?|bd|business\s*days?)$/i;

/** Reads `15m`, `1h`, `1.5h`, `1bd`; anything else, or more than 366 days, is an error naming the field. */
export function parseWorkDuration(text: unknown, field: string): WorkDuration {
	const match = typeof text === 'string' ? PATTERN.exec(text.trim()) : null;
	if (!match) {
		throw new FieldError(
			field,
			`${JSON.stringify(text)} is not a duration; write e.g. 15m, 4h or 1bd (business day)`,
		);
	}
	const amount = Number(match[1]);
	const unit = match[2].toLowerCase();
	const duration: WorkDuration = unit.startsWith('b')
		? { unit: 'businessDays', amount }
		: { unit: 'minutes', amount: unit.startsWith('h') ? amount * 60 : amount };
	if (
		duration.unit === 'minutes'
			? duration.amount > MAX_MINUTES
			: duration.amount > MAX_DURATION_DAYS
	) {
		throw new FieldError(
			field,
			`${JSON.stringify(text)} is too long; at most ${MAX_DURATION_DAYS} days (${MAX_MINUTES / 60}h or ${MAX_DURATION_DAYS}bd)`,
		);
	}
	return duration;
}
