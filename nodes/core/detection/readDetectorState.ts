import {
	DETECTOR_STATE_VERSION,
	SLOTS_PER_DAY,
	emptyDetectorState,
	type BrandState,
	type BucketCounts,
	type DetectorState,
	type OpenIncident,
	type Sample,
	type SlowBurnTrack,
} from './DetectorState';

const LEVELS = new Set(['medium', 'high', 'critical']);

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

function isNumberArray(value: unknown, length: number): value is number[] {
	return Array.isArray(value) && value.length === length && value.every(isNumber);
}

function isSamples(value: unknown): value is Sample[] {
	return Array.isArray(value) && value.every((s) => Array.isArray(s) && typeof s[0] === 'string' && isNumber(s[1]));
}

function isBucket(value: unknown): value is BucketCounts {
	return isRecord(value) && isNumber(value.i) && isNumber(value.total) && isNumber(value.negative) && isSamples(value.samples);
}

function isTrack(value: unknown): value is SlowBurnTrack {
	return isRecord(value) && isNumber(value.value) && isNumber(value.start) && isNumber(value.count) && isNumber(value.expected);
}

function isIncident(value: unknown): value is OpenIncident {
	return (
		isRecord(value) &&
		typeof value.id === 'string' &&
		typeof value.level === 'string' &&
		LEVELS.has(value.level) &&
		[value.since, value.openedAt, value.lastActive, value.peakRatio, value.peakExcess].every(isNumber) &&
		isSamples(value.samples)
	);
}

function isBrand(value: unknown): value is BrandState {
	return (
		isRecord(value) &&
		typeof value.name === 'string' &&
		[value.firstSeen, value.lastMention, value.learnedTo, value.learned, value.mentions, value.quietUntil].every(isNumber) &&
		isNumberArray(value.level, 2) &&
		isNumberArray(value.shape, SLOTS_PER_DAY) &&
		isNumberArray(value.visits, SLOTS_PER_DAY) &&
		typeof value.borrowedShape === 'boolean' &&
		Array.isArray(value.slowBurn) &&
		value.slowBurn.length === 2 &&
		value.slowBurn.every(isTrack) &&
		Array.isArray(value.buckets) &&
		value.buckets.every(isBucket) &&
		(value.incident === undefined || isIncident(value.incident))
	);
}

/** A deep copy of a checked brand (structuredClone is several times slower on these small objects). */
function copyBrand(brand: BrandState): BrandState {
	const copy: BrandState = {
		...brand,
		level: [brand.level[0], brand.level[1]],
		shape: [...brand.shape],
		visits: [...brand.visits],
		slowBurn: [{ ...brand.slowBurn[0] }, { ...brand.slowBurn[1] }],
		buckets: brand.buckets.map((bucket) => ({ ...bucket, samples: bucket.samples.map(([id, weight]): Sample => [id, weight]) })),
	};
	if (brand.incident) {
		copy.incident = { ...brand.incident, samples: brand.incident.samples.map(([id, weight]): Sample => [id, weight]) };
	}
	return copy;
}

/**
 * Whatever was in static data, checked. Missing state starts empty; a state of another version or
 * bucket length, or one that is not a detector state at all, is reset with a notice; a damaged brand
 * is dropped with a notice. Returns a copy: the caller's object is never changed.
 */
export function readDetectorState(raw: unknown, bucketMinutes: number): { state: DetectorState; notices: string[] } {
	if (raw === undefined || raw === null || (isRecord(raw) && Object.keys(raw).length === 0)) {
		return { state: emptyDetectorState(bucketMinutes), notices: [] };
	}
	const reset = (why: string) => ({
		state: emptyDetectorState(bucketMinutes),
		notices: [`Crisis detector state reset: ${why}; the baseline is learned again from now on`],
	});
	if (!isRecord(raw)) return reset('the stored state is not an object');
	if (raw.version !== DETECTOR_STATE_VERSION) return reset(`stored version ${String(raw.version)} is not ${DETECTOR_STATE_VERSION}`);
	if (raw.bucketMinutes !== bucketMinutes) {
		return reset(`bucket length changed from ${String(raw.bucketMinutes)} to ${bucketMinutes} minutes`);
	}
	if (!isRecord(raw.brands)) return reset('"brands" is missing or not an object');
	const idsOk = Array.isArray(raw.seenIds) && raw.seenIds.every((id) => typeof id === 'string');
	const textsOk = Array.isArray(raw.seenTexts) && raw.seenTexts.every((id) => typeof id === 'string');
	if (!idsOk || !textsOk) return reset('"seenIds" or "seenTexts" is not a list of strings');
	const notices: string[] = [];
	const state = emptyDetectorState(bucketMinutes);
	for (const [key, brand] of Object.entries(raw.brands)) {
		if (isBrand(brand)) state.brands[key] = copyBrand(brand);
		else notices.push(`Crisis detector: stored state of brand "${key}" was damaged and is learned again`);
	}
	state.seenIds = [...(raw.seenIds as string[])];
	state.seenTexts = [...(raw.seenTexts as string[])];
	return { state, notices };
}
