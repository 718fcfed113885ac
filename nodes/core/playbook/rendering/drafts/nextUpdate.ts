import type { DateTime } from 'luxon';
import type { CaseRecord } from '../../case/CaseRecord';
import { parseWorkDuration } from '../../deadlines/WorkDuration';
import { FieldError } from '../../../errors/FieldError';
import { isoUtc, readInstant } from '../../reading/readInstant';

const PROMISE = /\{\{\s*nextUpdate\s*\}\}/;

/**
 * The case as a step's drafts leave it. A draft that promises an update ({{nextUpdate}}) keeps the case's
 * promise while it is still ahead of `now`, so the apology, the holding statement and every reply of one
 * case name one time whichever step wrote them; once it has passed (or before the first promise) the
 * promise becomes the first whole interval after now, counted from when the case reached its level:
 * anchored on the case, not on now, so reruns within one interval write the same text. Drafts that
 * promise nothing leave the case as it is.
 */
export function withPromisedUpdate(
	record: CaseRecord,
	templates: readonly string[],
	nextUpdateEvery: string | undefined,
	now: DateTime,
): CaseRecord {
	const everyMinutes = readUpdateInterval(nextUpdateEvery);
	if (!templates.some((template) => PROMISE.test(template))) return record;
	if (record.nextUpdateAt && Date.parse(record.nextUpdateAt) > now.toMillis()) return record;
	const start = readInstant(record.levelSince, 'case.levelSince');
	const elapsed = Math.max(0, now.toMillis() - start.toMillis());
	const intervals = Math.floor(elapsed / (everyMinutes * 60_000)) + 1;
	return { ...record, nextUpdateAt: isoUtc(start.plus({ minutes: intervals * everyMinutes })) };
}

/** `nextUpdateEvery` (e.g. 30m, 1h; default 1h) in minutes. */
function readUpdateInterval(text: string | undefined): number {
	const every = parseWorkDuration(text || '1h', 'nextUpdateEvery');
	if (every.unit !== 'minutes' || !(every.amount > 0))
		throw new FieldError('nextUpdateEvery', 'use minutes or hours, e.g. 30m or 1h');
	return every.amount;
}
