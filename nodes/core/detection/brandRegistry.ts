import type { DetectorSettings } from './DetectorSettings';
import { SLOTS_PER_DAY, type BrandState, type DetectorState } from './DetectorState';
import { bucketStartMs, initialShape } from './hourlyBaseline';
import { emptyTrack } from './slowBurn';

/** Brands are matched without regard to case or surrounding spaces. */
export function brandKeyOf(name: string): string {
	return name.trim().toLowerCase();
}

const MS_PER_HOUR = 3_600_000;

/** The brand may alert: it has been watched long enough, and has had enough mentions, to know its rhythm. */
export function isWarmedUp(brand: BrandState, atMs: number, settings: DetectorSettings): boolean {
	const hours = brand.borrowedShape ? settings.warmupHoursWithPrior : settings.warmupHours;
	return brand.mentions >= settings.warmupMentions && atMs - brand.firstSeen >= hours * MS_PER_HOUR;
}

/**
 * The brand's state, created on its first mention (borrowing the rhythm of brands already learned).
 * Past `maxBrands`, the brand whose latest mention is oldest is forgotten, with a notice.
 */
export function brandFor(
	state: DetectorState,
	name: string,
	bucketIndex: number,
	settings: DetectorSettings,
	notices: string[],
): BrandState {
	const key = brandKeyOf(name);
	const existing = state.brands[key];
	if (existing) return existing;
	const { shape, borrowed } = initialShape(Object.values(state.brands), settings);
	const brand: BrandState = {
		name: name.trim(),
		firstSeen: bucketStartMs(bucketIndex, settings),
		lastMention: bucketIndex,
		learnedTo: bucketIndex - 1,
		learned: 0,
		mentions: 0,
		level: [0, 0],
		shape,
		// A borrowed rhythm counts as one day of evidence: the brand's own days soon outweigh it.
		visits: new Array<number>(SLOTS_PER_DAY).fill(borrowed ? 60 / settings.bucketMinutes : 0),
		borrowedShape: borrowed,
		slowBurn: [emptyTrack(), emptyTrack()],
		buckets: [],
		quietUntil: 0,
	};
	const keys = Object.keys(state.brands);
	if (keys.length >= settings.maxBrands) {
		const stalest = keys.reduce((oldest, candidate) =>
			state.brands[candidate].lastMention < state.brands[oldest].lastMention ? candidate : oldest,
		);
		notices.push(
			`Crisis detector: watching more than ${settings.maxBrands} brands; forgot "${state.brands[stalest].name}", the one mentioned least recently`,
		);
		delete state.brands[stalest];
	}
	state.brands[key] = brand;
	return brand;
}
