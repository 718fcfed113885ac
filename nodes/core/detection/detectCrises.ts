import { isWarmedUp } from './brandRegistry';
import { testBurstWindows } from './burstTest';
import { countObservations } from './countObservations';
import { resolveDetectorSettings, type DetectorSettings } from './DetectorSettings';
import type { BrandState, DetectorState } from './DetectorState';
import type { IncidentEvent } from './IncidentEvent';
import { dispersionOf } from './baselineNoise';
import { bucketIndexOf, bucketStartMs } from './bucketTime';
import { expectedInBucket } from './expectedInBucket';
import { learnBucket } from './hourlyBaseline';
import { readDetectorState } from './readDetectorState';
import { roundState } from './roundState';
import { updateIncident } from './incidentLifecycle';
import type { Observation } from './Observation';
import { stepSlowBurn } from './slowBurn';

export type { Observation } from './Observation';
export type { IncidentEvent, IncidentLevel, IncidentState } from './IncidentEvent';
export type { DetectorState } from './DetectorState';
export {
	DEFAULT_DETECTOR_SETTINGS,
	resolveDetectorSettings,
	type DetectorSettings,
} from './DetectorSettings';

/** A brand silent for longer than this is not replayed bucket by bucket: its baseline just stops learning. */
const MAX_CATCH_UP_DAYS = 7;

/** Folds the brand's finished buckets into the slow-burn test and then the baseline, oldest first. */
function advance(brand: BrandState, lastComplete: number, settings: DetectorSettings): void {
	const maxCatchUp = (MAX_CATCH_UP_DAYS * 1440) / settings.bucketMinutes;
	if (lastComplete - brand.learnedTo > maxCatchUp) brand.learnedTo = lastComplete - maxCatchUp;
	const byIndex = new Map(brand.buckets.map((bucket) => [bucket.i, bucket]));
	for (let index = brand.learnedTo + 1; index <= lastComplete; index++) {
		const bucket = byIndex.get(index);
		const counts: [number, number] = [bucket?.total ?? 0, bucket?.negative ?? 0];
		const warmedUp = isWarmedUp(brand, bucketStartMs(index + 1, settings), settings);
		if (warmedUp) {
			const expected = expectedInBucket(brand, index, settings);
			stepSlowBurn(
				brand.slowBurn[0],
				index,
				counts[0],
				expected[0],
				dispersionOf(brand, 0, settings),
				settings,
			);
			stepSlowBurn(
				brand.slowBurn[1],
				index,
				counts[1],
				expected[1],
				dispersionOf(brand, 1, settings),
				settings,
			);
		}
		learnBucket(brand, index, counts, warmedUp, byIndex, settings);
		brand.learnedTo = index;
	}
}

/** Drops buckets past the kept window, and samples from buckets no burst window reaches any more. */
function trim(brand: BrandState, current: number, settings: DetectorSettings): void {
	const keepFrom = current - settings.maxBuckets + 1;
	const samplesFrom = current - Math.max(...settings.burstWindowsMinutes) / settings.bucketMinutes;
	brand.buckets = brand.buckets.filter((bucket) => bucket.i >= keepFrom);
	for (const bucket of brand.buckets)
		if (bucket.i < samplesFrom && !brand.incident) bucket.samples = [];
}

/**
 * One poll of the crisis detector. `state` is whatever the previous poll returned (or undefined,
 * or something damaged: it is then reset with a notice); `batch` holds the mentions fetched since;
 * `now` is the poll time. Pure: the returned state is new, and the same inputs give the same output.
 */
export function detectCrises(
	state: unknown,
	batch: Observation[],
	now: Date,
	settings?: Partial<DetectorSettings>,
): { state: DetectorState; events: IncidentEvent[]; notices: string[] } {
	const resolved = resolveDetectorSettings(settings);
	const nowMs = now instanceof Date ? now.getTime() : Number.NaN;
	if (!Number.isFinite(nowMs)) throw new Error('"now" must be a valid Date');
	if (!Array.isArray(batch)) throw new Error('"batch" must be a list of observations');
	const { state: next, notices } = readDetectorState(state, resolved);
	notices.push(...countObservations(next, batch, nowMs, resolved));

	const current = bucketIndexOf(nowMs, resolved);
	const lastComplete = current - 1;
	const runningFraction =
		(nowMs - bucketStartMs(current, resolved)) / (resolved.bucketMinutes * 60_000);
	const events: IncidentEvent[] = [];
	next.brands.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	for (const brand of next.brands) {
		// A first batch may bring hours of history at once: learn what lies before the shortest burst
		// window first, so the newest minutes are judged against it (steady polls have learned it already).
		advance(
			brand,
			lastComplete - Math.min(...resolved.burstWindowsMinutes) / resolved.bucketMinutes,
			resolved,
		);
		const warmedUp = isWarmedUp(brand, nowMs, resolved);
		// Burst windows are tested against the baseline as it stood before these buckets were learned.
		const tests = warmedUp ? testBurstWindows(brand, lastComplete, runningFraction, resolved) : [];
		advance(brand, lastComplete, resolved);
		if (warmedUp) events.push(...updateIncident(brand, tests, lastComplete, nowMs, resolved));
		trim(brand, current, resolved);
	}
	return { state: roundState(next), events, notices };
}
