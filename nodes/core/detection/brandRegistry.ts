import type { DetectorSettings } from './DetectorSettings';
import {
	DAYS_PER_WEEK,
	SLOTS_PER_DAY,
	emptyNoise,
	type BrandState,
	type DetectorState,
} from './DetectorState';
import { bucketStartMs } from './bucketTime';
import { initialShape } from './hourlyBaseline';
import { emptyTrack } from './slowBurn';

/** Brands are matched without regard to case or surrounding spaces. */
export function brandKeyOf(name: string): string {
	return name.trim().toLowerCase();
}

const MS_PER_HOUR = 3_600_000;

/** The brand may alert: it has been watched long enough, and has had enough mentions, to know its rhythm. */
export function isWarmedUp(brand: BrandState, atMs: number, settings: DetectorSettings): boolean {
	const hours = brand.borrowedShape ? settings.warmupHoursWithPrior : settings.warmupHours;
	// Whatever the warm-up setting, a baseline needs an hour of buckets behind it before it can judge a burst.
	const learnedAnHour = brand.learned * settings.bucketMinutes >= 60;
	return (
		learnedAnHour &&
		brand.mentions >= settings.warmupMentions &&
		atMs - brand.firstSeen >= hours * MS_PER_HOUR
	);
}

/**
 * The brands of one poll, looked up by key in a Map (never a plain object: a brand may be called
 * "constructor"). Past `maxBrands`, the least recently mentioned brand without an open incident is
 * forgotten; an open incident is never dropped silently, so when every brand has one the new brand is
 * not tracked until one resolves. Either way one summary notice per poll, however many brands.
 */
export class BrandRegistry {
	private readonly byKey = new Map<string, BrandState>();
	private forgotten: string[] = [];
	private untracked = 0;

	constructor(
		private readonly state: DetectorState,
		private readonly settings: DetectorSettings,
	) {
		for (const brand of state.brands) this.byKey.set(brand.key, brand);
	}

	/** The brand's state, created on its first mention (borrowing the rhythm of brands already learned). */
	brandFor(name: string, bucketIndex: number): BrandState | undefined {
		const key = brandKeyOf(name);
		const existing = this.byKey.get(key);
		if (existing) return existing;
		if (this.byKey.size >= this.settings.maxBrands && !this.evictOne()) {
			this.untracked++;
			return undefined;
		}
		const { shape, week, borrowed } = initialShape(this.state.brands, this.settings);
		const brand: BrandState = {
			key,
			name: name.trim(),
			firstSeen: bucketStartMs(bucketIndex, this.settings),
			lastMention: bucketIndex,
			learnedTo: bucketIndex - 1,
			learned: 0,
			mentions: 0,
			level: [0, 0],
			shape,
			// A borrowed rhythm counts as one day of evidence: the brand's own days soon outweigh it.
			visits: new Array<number>(SLOTS_PER_DAY).fill(
				borrowed ? 60 / this.settings.bucketMinutes : 0,
			),
			week,
			weekVisits: new Array<number>(DAYS_PER_WEEK).fill(
				borrowed ? 1440 / this.settings.bucketMinutes : 0,
			),
			noise: emptyNoise(this.settings.burstWindowsMinutes.length + 1),
			borrowedShape: borrowed,
			slowBurn: [emptyTrack(), emptyTrack()],
			buckets: [],
			quietUntil: 0,
		};
		this.state.brands.push(brand);
		this.byKey.set(key, brand);
		return brand;
	}

	private evictOne(): boolean {
		let stalest: BrandState | undefined;
		for (const brand of this.state.brands) {
			if (brand.incident) continue;
			if (!stalest || brand.lastMention < stalest.lastMention) stalest = brand;
		}
		if (!stalest) return false;
		this.state.brands.splice(this.state.brands.indexOf(stalest), 1);
		this.byKey.delete(stalest.key);
		this.forgotten.push(stalest.name);
		return true;
	}

	notices(): string[] {
		const notices: string[] = [];
		const cap = this.settings.maxBrands;
		if (this.forgotten.length > 0) {
			const named = this.forgotten
				.slice(0, 3)
				.map((name) => `"${name}"`)
				.join(', ');
			const more = this.forgotten.length > 3 ? ` and ${this.forgotten.length - 3} more` : '';
			notices.push(
				`Crisis detector: watching more than ${cap} brands; forgot ${named}${more}, the ones mentioned least recently (raise the brand cap)`,
			);
		}
		if (this.untracked > 0) {
			notices.push(
				`Crisis detector: watching ${cap} brands, all with an open incident; ${this.untracked} mentions of other brands were not tracked (raise the brand cap)`,
			);
		}
		return notices;
	}
}
