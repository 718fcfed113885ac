import type { IncidentLevel } from './IncidentEvent';

export const DETECTOR_STATE_VERSION = 2;

/** Hour-of-day slots of the learned rhythm. */
export const SLOTS_PER_DAY = 24;

/** Day-of-week slots (UTC, Sunday first as Date.getUTCDay). */
export const DAYS_PER_WEEK = 7;

/** A mention kept as a possible incident sample: id and weight (negative first, then risk). */
export type Sample = [id: string, weight: number];

export interface BucketCounts {
	/** Bucket index: epoch milliseconds ÷ bucket length. */
	i: number;
	total: number;
	negative: number;
	samples: Sample[];
}

/** One-sided CUSUM of one channel (all mentions or negative ones) and the run it is accumulating. */
export interface SlowBurnTrack {
	value: number;
	/** Bucket index where the current run started. */
	start: number;
	count: number;
	expected: number;
}

export interface OpenIncident {
	id: string;
	level: IncidentLevel;
	/** Epoch milliseconds. */
	since: number;
	/** Epoch milliseconds of the poll that opened it; duration and adaptation count from here. */
	openedAt: number;
	lastActive: number;
	peakRatio: number;
	peakExcess: number;
	samples: Sample[];
}

/** Learned over-dispersion of one channel: how much noisier than Poisson the brand really is. */
export interface NoiseEstimate {
	/** Smoothed (count − expected)² − expected, over buckets. */
	excessVariance: number;
	/** Smoothed expected², over the same buckets. */
	meanSquare: number;
}

/** The episode last alerted, so that its after-shock does not alert again. */
export interface AfterShock {
	/** Epoch milliseconds until which a new incident must be larger than this one. */
	until: number;
	peakExcess: number;
	peakRatio: number;
}

export interface BrandState {
	/** The brand's key (lower-case, trimmed name). */
	key: string;
	name: string;
	/** Epoch milliseconds of the brand's first bucket. */
	firstSeen: number;
	/** Bucket index of the brand's latest mention; the least recent brand is evicted first. */
	lastMention: number;
	/** Last bucket index folded into the baseline. */
	learnedTo: number;
	/** Buckets learned so far (capped, only compared with warm-up lengths). */
	learned: number;
	/** Mentions counted so far (capped). */
	mentions: number;
	/** Deseasonalised mentions per bucket: [all, negative]. */
	level: [number, number];
	/** Hour-of-day multipliers, mean 1. */
	shape: number[];
	/** How many buckets each slot has learned from (capped). */
	visits: number[];
	/** Day-of-week multipliers (Sunday first), mean 1: Mondays may be busier than Sundays. */
	week: number[];
	/** How many buckets each weekday has learned from (capped). */
	weekVisits: number[];
	/**
	 * Learned over-dispersion per channel [all, negative] and per scale: one bucket, then each burst
	 * window (sums of neighbouring buckets vary more or less than one bucket, as the brand's noise is).
	 */
	noise: [NoiseEstimate[], NoiseEstimate[]];
	/** The rhythm was borrowed from brands already learned. */
	borrowedShape: boolean;
	slowBurn: [SlowBurnTrack, SlowBurnTrack];
	buckets: BucketCounts[];
	incident?: OpenIncident;
	/** Epoch milliseconds before which no new incident opens (cooldown). */
	quietUntil: number;
	afterShock?: AfterShock;
}

/** The detector's memory between polls, kept in the workflow's static data: JSON, small and bounded. */
export interface DetectorState {
	version: number;
	bucketMinutes: number;
	/** A list, not an object keyed by name: brand names are user data ("__proto__" is a fine brand). */
	brands: BrandState[];
	/** Hashes of mention ids already counted, oldest first. */
	seenIds: string[];
	/** Hashes of brand + normalised text already counted, oldest first. */
	seenTexts: string[];
}

export function emptyNoise(scales: number): [NoiseEstimate[], NoiseEstimate[]] {
	const channel = () =>
		Array.from({ length: scales }, () => ({ excessVariance: 0, meanSquare: 0 }));
	return [channel(), channel()];
}

export function emptyDetectorState(bucketMinutes: number): DetectorState {
	return { version: DETECTOR_STATE_VERSION, bucketMinutes, brands: [], seenIds: [], seenTexts: [] };
}
