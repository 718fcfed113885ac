import type { IncidentLevel } from './IncidentEvent';

export const DETECTOR_STATE_VERSION = 1;

/** Hour-of-day slots of the learned rhythm. */
export const SLOTS_PER_DAY = 24;

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

export interface BrandState {
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
	/** The rhythm was borrowed from brands already learned. */
	borrowedShape: boolean;
	slowBurn: [SlowBurnTrack, SlowBurnTrack];
	buckets: BucketCounts[];
	incident?: OpenIncident;
	/** Epoch milliseconds before which no new incident opens (cooldown). */
	quietUntil: number;
}

/** The detector's memory between polls, kept in the workflow's static data: JSON, small and bounded. */
export interface DetectorState {
	version: number;
	bucketMinutes: number;
	brands: Record<string, BrandState>;
	/** Hashes of mention ids already counted, oldest first. */
	seenIds: string[];
	/** Hashes of brand + normalised text already counted, oldest first. */
	seenTexts: string[];
}

export function emptyDetectorState(bucketMinutes: number): DetectorState {
	return { version: DETECTOR_STATE_VERSION, bucketMinutes, brands: {}, seenIds: [], seenTexts: [] };
}
