import { PlaybookInputError } from '../PlaybookInputError';

/** Minutes of (business or wall-clock) time, or whole business days. */
export type WorkDuration = { unit: 'minutes'; amount: number } | { unit: 'businessDays'; amount: number };

const PATTERN = /^(\d+(?:\.\d+)?)\s*(m|min|mins|minutes?|h|hr|hrs|hours?|bd|business\s*days?)$/i;

/** Reads `15m`, `1h`, `1.5h`, `1bd`; anything else is an error naming the field. */
export function parseWorkDuration(text: unknown, field: string): WorkDuration {
	const match = typeof text === 'string' ? PATTERN.exec(text.trim()) : null;
	if (!match) {
		throw new PlaybookInputError(field, `${JSON.stringify(text)} is not a duration; write e.g. 15m, 4h or 1bd (business day)`);
	}
	const amount = Number(match[1]);
	const unit = match[2].toLowerCase();
	if (unit.startsWith('b')) return { unit: 'businessDays', amount };
	if (unit.startsWith('h')) return { unit: 'minutes', amount: amount * 60 };
	return { unit: 'minutes', amount };
}
