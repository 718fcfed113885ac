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
 * Past `maxBrands`, the least recently mentioned brand without an open incident is forgotten, with a
 * notice; an open incident is never dropped silently, so when every brand has one the new brand is not
 * tracked (undefined, with a notice) until one resolves.
 */
export function brandFor(
	state: DetectorState,
	name: string,
	bucketIndex: number,
	settings: DetectorSettings,
	notices: string[],
): BrandState | undefined {
	const key = brandKeyOf(name);
	const existing = state.brands[key];
	if (existing) return existing;
	const keys = Object.keys(state.brands);
	if (keys.length >= settings.maxBrands) {
		const quiet = keys.filter((candidate) => !state.brands[candidate].incident);
		if (quiet.length === 0) {
			const notice = `Crisis detector: watching ${settings.maxBrands} brands, all with an open incident; "${name.trim()}" is not tracked until one resolves (raise the brand cap)`;
			if (!notices.includes(notice)) notices.push(notice);
			return undefined;
		}
		const stalest = quiet.reduce((oldest, candidate) =>
			state.brands[candidate].lastMention < state.brands[oldest].lastMention ? candidate : oldest,
		);
		notices.push(
			`Crisis detector: watching more than ${settings.maxBrands} brands; forgot "${state.brands[stalest].name}", the one mentioned least recently`,
		);
		delete state.brands[stalest];
	}
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
	state.brands[key] = brand;
	return brand;
}
