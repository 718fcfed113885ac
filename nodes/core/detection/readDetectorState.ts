import type { DetectorSettings } from './DetectorSettings';
import {
	DAYS_PER_WEEK,
	DETECTOR_STATE_VERSION,
	SLOTS_PER_DAY,
	emptyDetectorState,
	emptyNoise,
	type BrandState,
	type BucketCounts,
	type DetectorState,
	type NoiseEstimate,
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
	return (
		Array.isArray(value) &&
		value.every((s) => Array.isArray(s) && typeof s[0] === 'string' && isNumber(s[1]))
	);
}

function isBucket(value: unknown): value is BucketCounts {
	return (
		isRecord(value) &&
		isNumber(value.i) &&
		isNumber(value.total) &&
		isNumber(value.negative) &&
		isSamples(value.samples)
	);
}

function isTrack(value: unknown): value is SlowBurnTrack {
	return (
		isRecord(value) &&
		isNumber(value.value) &&
		isNumber(value.start) &&
		isNumber(value.count) &&
		isNumber(value.expected)
	);
}

function isIncident(value: unknown): value is OpenIncident {
	return (
		isRecord(value) &&
		typeof value.id === 'string' &&
		typeof value.level === 'string' &&
		LEVELS.has(value.level) &&
		[value.since, value.openedAt, value.lastActive, value.peakRatio, value.peakExcess].every(
			isNumber,
		) &&
		isSamples(value.samples)
	);
}

function isNoise(value: unknown): value is NoiseEstimate {
	return (
		isRecord(value) &&
		isNumber(value.excessVariance) &&
		isNumber(value.meanSquare) &&
		value.meanSquare >= 0
	);
}

function isAfterShock(value: unknown): boolean {
	return (
		value === undefined ||
		(isRecord(value) &&
			isNumber(value.until) &&
			isNumber(value.peakExcess) &&
			isNumber(value.peakRatio))
	);
}

function isBrand(value: unknown): value is BrandState {
	return (
		isRecord(value) &&
		typeof value.key === 'string' &&
		typeof value.name === 'string' &&
		[
			value.firstSeen,
			value.lastMention,
			value.learnedTo,
			value.learned,
			value.mentions,
			value.quietUntil,
		].every(isNumber) &&
		isNumberArray(value.level, 2) &&
		isNumberArray(value.shape, SLOTS_PER_DAY) &&
		isNumberArray(value.visits, SLOTS_PER_DAY) &&
		isNumberArray(value.week, DAYS_PER_WEEK) &&
		isNumberArray(value.weekVisits, DAYS_PER_WEEK) &&
		Array.isArray(value.noise) &&
		value.noise.length === 2 &&
		value.noise.every((channel) => Array.isArray(channel) && channel.every(isNoise)) &&
		isAfterShock(value.afterShock) &&
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
		week: [...brand.week],
		weekVisits: [...brand.weekVisits],
		noise: [
			brand.noise[0].map((noise) => ({ ...noise })),
			brand.noise[1].map((noise) => ({ ...noise })),
		],
		slowBurn: [{ ...brand.slowBurn[0] }, { ...brand.slowBurn[1] }],
		buckets: brand.buckets.map((bucket) => ({
			...bucket,
			samples: bucket.samples.map(([id, weight]): Sample => [id, weight]),
		})),
	};
	if (brand.afterShock) copy.afterShock = { ...brand.afterShock };
	if (brand.incident) {
		copy.incident = {
			...brand.incident,
			samples: brand.incident.samples.map(([id, weight]): Sample => [id, weight]),
		};
	}
	return copy;
}

/**
 * Whatever was in static data, checked. Missing state starts empty; a state of another version or
 * bucket length, or one that is not a detector state at all, is reset with a notice; damaged brands
 * are dropped, and brands past the cap (the least recently mentioned first), with one notice each.
 * Returns a copy: the caller's object is never changed.
 */
export function readDetectorState(
	raw: unknown,
	settings: DetectorSettings,
): { state: DetectorState; notices: string[] } {
	const { bucketMinutes } = settings;
	if (raw === undefined || raw === null || (isRecord(raw) && Object.keys(raw).length === 0)) {
		return { state: emptyDetectorState(bucketMinutes), notices: [] };
	}
	const reset = (why: string) => ({
		state: emptyDetectorState(bucketMinutes),
		notices: [`Crisis detector state reset: ${why}; the baseline is learned again from now on`],
	});
	if (!isRecord(raw)) return reset('the stored state is not an object');
	if (raw.version !== DETECTOR_STATE_VERSION)
		return reset(`stored version ${String(raw.version)} is not ${DETECTOR_STATE_VERSION}`);
	if (raw.bucketMinutes !== bucketMinutes) {
		return reset(
			`bucket length changed from ${String(raw.bucketMinutes)} to ${bucketMinutes} minutes`,
		);
	}
	if (!Array.isArray(raw.brands)) return reset('"brands" is missing or not a list');
	const idsOk = Array.isArray(raw.seenIds) && raw.seenIds.every((id) => typeof id === 'string');
	const textsOk =
		Array.isArray(raw.seenTexts) && raw.seenTexts.every((id) => typeof id === 'string');
	if (!idsOk || !textsOk) return reset('"seenIds" or "seenTexts" is not a list of strings');
	const notices: string[] = [];
	const state = emptyDetectorState(bucketMinutes);
	const keys = new Set<string>();
	const scales = settings.burstWindowsMinutes.length + 1;
	let damaged = 0;
	for (const brand of raw.brands as unknown[]) {
		if (isBrand(brand) && !keys.has(brand.key)) {
			keys.add(brand.key);
			const copy = copyBrand(brand);
			// Other burst windows than when it was learned: the noise is learned again for them.
			if (copy.noise[0].length !== scales || copy.noise[1].length !== scales)
				copy.noise = emptyNoise(scales);
			state.brands.push(copy);
		} else damaged++;
	}
	if (damaged > 0)
		notices.push(
			`Crisis detector: the stored state of ${damaged} ${damaged === 1 ? 'brand was' : 'brands were'} damaged or repeated; learned again from now on`,
		);
	if (state.brands.length > settings.maxBrands) {
		// Open incidents first, then the most recently mentioned: the same order eviction keeps.
		state.brands.sort(
			(a, b) =>
				Number(Boolean(b.incident)) - Number(Boolean(a.incident)) || b.lastMention - a.lastMention,
		);
		const dropped = state.brands.length - settings.maxBrands;
		state.brands.length = settings.maxBrands;
		notices.push(
			`Crisis detector: the stored state held ${dropped} brands more than the cap of ${settings.maxBrands}; the least recently mentioned were forgotten`,
		);
	}
	state.seenIds = (raw.seenIds as string[]).slice(-settings.maxSeenIds || Infinity);
	state.seenTexts = (raw.seenTexts as string[]).slice(-settings.maxSeenTexts || Infinity);
	return { state, notices };
}
