import { BrandRegistry, brandKeyOf } from './brandRegistry';
import type { DetectorSettings } from './DetectorSettings';
import type { BrandState, DetectorState, Sample } from './DetectorState';
import type { Observation } from './Observation';
import { bucketIndexOf } from './bucketTime';
import { shortHash, textFingerprint } from './textFingerprint';

const MAX_SKIP_NOTICES = 10;
/** One volume row stands for at most this many mentions (a million per interval is beyond any brand). */
const MAX_COUNT = 1_000_000;
const MENTION_CAP = 1_000_000;

/** Why an observation cannot be counted, naming the field; undefined when it is fine. */
function problemWith(value: unknown): string | undefined {
	if (typeof value !== 'object' || value === null) return 'it is not an object';
	const observation = value as Record<string, unknown>;
	if (typeof observation.id !== 'string' || observation.id === '')
		return 'field "id" must be a non-empty string';
	if (typeof observation.brand !== 'string' || observation.brand.trim() === '') {
		return 'field "brand" must be a non-empty string';
	}
	if (
		typeof observation.createdAt !== 'string' ||
		!Number.isFinite(Date.parse(observation.createdAt))
	) {
		return 'field "createdAt" must be an ISO 8601 date';
	}
	if (typeof observation.text !== 'string') return 'field "text" must be a string';
	if (typeof observation.negative !== 'boolean') return 'field "negative" must be true or false';
	if (
		observation.risk !== undefined &&
		(typeof observation.risk !== 'number' || !Number.isFinite(observation.risk))
	) {
		return 'field "risk" must be a finite number when present';
	}
	const count = observation.count;
	if (
		count !== undefined &&
		(typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_COUNT)
	) {
		return `field "count" must be a whole number from 0 to ${MAX_COUNT} when present`;
	}
	if (
		observation.createdAtEstimated !== undefined &&
		typeof observation.createdAtEstimated !== 'boolean'
	) {
		return 'field "createdAtEstimated" must be true or false when present';
	}
	return undefined;
}

/** Remembers a hash (oldest first; trimmed to its cap after the batch); false when it was already there. */
function remember(list: string[], known: Set<string>, hash: string): boolean {
	if (known.has(hash)) return false;
	known.add(hash);
	list.push(hash);
	return true;
}

function addSample(samples: Sample[], sample: Sample, cap: number): void {
	if (cap === 0) return;
	samples.push(sample);
	samples.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
	if (samples.length > cap) samples.length = cap;
}

function addToBucket(
	brand: BrandState,
	index: number,
	observation: Observation,
	settings: DetectorSettings,
): void {
	let bucket = brand.buckets.find((candidate) => candidate.i === index);
	if (!bucket) {
		bucket = { i: index, total: 0, negative: 0, samples: [] };
		brand.buckets.push(bucket);
		brand.buckets.sort((a, b) => a.i - b.i);
	}
	const count = observation.count ?? 1;
	bucket.total += count;
	if (observation.negative) bucket.negative += count;
	// A volume row is no post a team could read: only mentions become samples.
	if (observation.count === undefined) {
		const risk = Math.min(100, Math.max(0, observation.risk ?? 0));
		addSample(
			bucket.samples,
			[observation.id, (observation.negative ? 100 : 0) + risk],
			settings.maxSamples,
		);
	}
	brand.mentions = Math.min(brand.mentions + count, MENTION_CAP);
	brand.lastMention = Math.max(brand.lastMention, index);
}

/**
 * Counts a batch into the brands' time buckets. Ids seen before and reposts of a text already counted
 * for the brand are skipped; so are observations too old for the kept buckets or without a time of
 * their own (a source's stand-in time would fake a burst). An observation with a
 * bad field is skipped with a notice naming the field; the rest of the batch goes on.
 */
export function countObservations(
	state: DetectorState,
	batch: unknown[],
	nowMs: number,
	settings: DetectorSettings,
): string[] {
	const notices: string[] = [];
	const seenIds = new Set(state.seenIds);
	const seenTexts = new Set(state.seenTexts);
	const registry = new BrandRegistry(state, settings);
	const current = bucketIndexOf(nowMs, settings);
	const oldest = current - settings.maxBuckets + 1;
	let skipped = 0;
	let tooOld = 0;
	let undated = 0;
	const valid: Array<{ observation: Observation; ms: number; position: number }> = [];
	batch.forEach((value, position) => {
		const problem = problemWith(value);
		if (!problem) {
			const observation = value as Observation;
			if (observation.createdAtEstimated === true) {
				undated++;
				return;
			}
			valid.push({ observation, ms: Date.parse(observation.createdAt), position });
			return;
		}
		skipped++;
		if (skipped <= MAX_SKIP_NOTICES)
			notices.push(`Crisis detector: observation ${position + 1} skipped, ${problem}`);
	});
	// Oldest first, whatever order the source listed them in: of reposts the first one counts, and a new brand starts at its oldest mention.
	valid.sort((a, b) => a.ms - b.ms || a.position - b.position);
	for (const { observation } of valid) {
		if (!remember(state.seenIds, seenIds, shortHash(observation.id))) continue;
		// A mention from the future (clock skew) counts in the running bucket.
		const index = Math.min(bucketIndexOf(Date.parse(observation.createdAt), settings), current);
		if (index < oldest) {
			tooOld++;
			continue;
		}
		const fingerprint = textFingerprint(brandKeyOf(observation.brand), observation.text);
		if (fingerprint && !remember(state.seenTexts, seenTexts, fingerprint)) continue;
		const brand = registry.brandFor(observation.brand, index);
		if (brand) addToBucket(brand, index, observation, settings);
	}
	notices.push(...registry.notices());
	state.seenIds.splice(0, Math.max(0, state.seenIds.length - settings.maxSeenIds));
	state.seenTexts.splice(0, Math.max(0, state.seenTexts.length - settings.maxSeenTexts));
	if (skipped > MAX_SKIP_NOTICES)
		notices.push(`Crisis detector: ${skipped - MAX_SKIP_NOTICES} more observations skipped`);
	if (undated > 0) {
		notices.push(
			`Crisis detector: ${undated} mentions without a time of their own (createdAtEstimated) were not counted as volume`,
		);
	}
	if (tooOld > 0) {
		const hours = ((settings.maxBuckets * settings.bucketMinutes) / 60).toFixed(1);
		notices.push(
			`Crisis detector: ${tooOld} mentions older than the ${hours} h window were not counted`,
		);
	}
	return notices;
}
