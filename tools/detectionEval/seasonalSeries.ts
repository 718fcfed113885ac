import { mixSeed } from '../../nodes/core/sources/seededRandom';

/** What kind of anomaly a labelled window holds; each is a shape a crisis team has seen. */
export type AnomalyKind = 'spike' | 'ramp' | 'shift' | 'negative burn' | 'night burst';

export interface Anomaly {
	kind: AnomalyKind;
	/** Epoch milliseconds where the anomaly starts. */
	startMs: number;
}

/** Counts per interval for one brand, with the anomalies it was given. */
export interface LabelledSeries {
	name: string;
	startMs: number;
	stepMinutes: number;
	totals: number[];
	negatives: number[];
	anomalies: Anomaly[];
}

interface AnomalySpec {
	kind: AnomalyKind;
	/** Day (from the series start) and hour of day (UTC) where it starts. */
	day: number;
	hour: number;
	/** Peak multiple of the normal rate (for 'negative burn': of the negative rate). */
	peak: number;
	/** Minutes at the peak (spike) or of the rise (ramp). */
	minutes: number;
	/** After-shock half-life in hours: how slowly the rate falls back. */
	decayHours?: number;
	/** Extra mentions in total instead of a multiple (night bursts on quiet accounts). */
	extra?: number;
}

interface SeriesSpec {
	name: string;
	seed: number;
	/** Mean mentions per 5 minutes over a week. */
	meanPer5Min: number;
	/** Ratio of the busiest to the quietest hour of the day. */
	dayContrast: number;
	/** Saturday and Sunday volume against weekdays. */
	weekend: number;
	/** Monday morning (UTC 12–16) is this much busier than other mornings: a rise that must not alert. */
	mondayMorning: number;
	/** Standard deviation of the slow log-noise (the day's mood wandering) and of day-to-day level. */
	wander: number;
	dayLevel: number;
	/** Unlabelled blips per day (a post going mildly viral: 1.5–3.5× for 5–30 minutes). */
	blipsPerDay: number;
	negativeShare: number;
	anomalies: AnomalySpec[];
}

const DAY_MINUTES = 1440;
const STEP_MINUTES = 5;
/** 2026-01-05 is a Monday; the series start at midnight UTC. */
const START_MS = Date.parse('2026-01-05T00:00:00Z');
const WEEKS = 6;

/** Varied brands: volume from a few posts a day to hundreds an hour, calm and noisy, with several anomaly shapes. */
export const SERIES_SPECS: SeriesSpec[] = [
	{
		name: 'Bigco', seed: 1, meanPer5Min: 40, dayContrast: 6, weekend: 0.7, mondayMorning: 1.3, wander: 0.15, dayLevel: 0.1,
		blipsPerDay: 1.5, negativeShare: 0.3,
		anomalies: [
			{ kind: 'spike', day: 12, hour: 15.5, peak: 6, minutes: 60, decayHours: 4 },
			{ kind: 'spike', day: 30, hour: 20, peak: 3, minutes: 180, decayHours: 6 },
		],
	},
	{
		name: 'Midshop', seed: 2, meanPer5Min: 10, dayContrast: 8, weekend: 0.6, mondayMorning: 1.4, wander: 0.2, dayLevel: 0.12,
		blipsPerDay: 1, negativeShare: 0.4,
		anomalies: [
			{ kind: 'spike', day: 10, hour: 17, peak: 5, minutes: 40, decayHours: 3 },
			{ kind: 'ramp', day: 24, hour: 13, peak: 3, minutes: 360, decayHours: 6 },
			{ kind: 'spike', day: 36, hour: 2, peak: 8, minutes: 30, decayHours: 2 },
		],
	},
	{
		name: 'Smallapp', seed: 3, meanPer5Min: 0.5, dayContrast: 10, weekend: 0.8, mondayMorning: 1.2, wander: 0.2, dayLevel: 0.15,
		blipsPerDay: 0.5, negativeShare: 0.35,
		anomalies: [
			{ kind: 'night burst', day: 15, hour: 7, peak: 1, minutes: 20, extra: 15 },
			{ kind: 'spike', day: 29, hour: 18, peak: 6, minutes: 90, decayHours: 3 },
		],
	},
	{
		name: 'Shiftair', seed: 4, meanPer5Min: 15, dayContrast: 5, weekend: 0.75, mondayMorning: 1.3, wander: 0.15, dayLevel: 0.1,
		blipsPerDay: 1, negativeShare: 0.5,
		anomalies: [
			{ kind: 'shift', day: 18, hour: 14, peak: 2, minutes: 0 },
			{ kind: 'spike', day: 33, hour: 16, peak: 5, minutes: 60, decayHours: 3 },
		],
	},
	{
		name: 'Noisybank', seed: 5, meanPer5Min: 25, dayContrast: 6, weekend: 0.65, mondayMorning: 1.5, wander: 0.3, dayLevel: 0.2,
		blipsPerDay: 3, negativeShare: 0.35,
		anomalies: [{ kind: 'spike', day: 21, hour: 14, peak: 6, minutes: 120, decayHours: 5 }],
	},
	{
		name: 'Cargoline', seed: 6, meanPer5Min: 12, dayContrast: 6, weekend: 0.7, mondayMorning: 1.3, wander: 0.15, dayLevel: 0.1,
		blipsPerDay: 1, negativeShare: 0.3,
		anomalies: [
			{ kind: 'negative burn', day: 16, hour: 12, peak: 2.6, minutes: 480 },
			{ kind: 'spike', day: 34, hour: 19, peak: 4, minutes: 60, decayHours: 4 },
		],
	},
	{
		name: 'Weekdayco', seed: 7, meanPer5Min: 8, dayContrast: 12, weekend: 0.35, mondayMorning: 1.8, wander: 0.2, dayLevel: 0.12,
		blipsPerDay: 1, negativeShare: 0.3,
		anomalies: [
			{ kind: 'spike', day: 17, hour: 15, peak: 5, minutes: 45, decayHours: 3 },
			{ kind: 'ramp', day: 31, hour: 9, peak: 2.5, minutes: 300, decayHours: 8 },
		],
	},
	{
		name: 'Quietbrand', seed: 8, meanPer5Min: 0.15, dayContrast: 6, weekend: 0.8, mondayMorning: 1.2, wander: 0.2, dayLevel: 0.15,
		blipsPerDay: 0.3, negativeShare: 0.3,
		anomalies: [{ kind: 'night burst', day: 20, hour: 3, peak: 1, minutes: 15, extra: 10 }],
	},
	{
		name: 'Megastore', seed: 9, meanPer5Min: 120, dayContrast: 5, weekend: 0.8, mondayMorning: 1.25, wander: 0.2, dayLevel: 0.1,
		blipsPerDay: 2, negativeShare: 0.25,
		anomalies: [
			{ kind: 'spike', day: 14, hour: 16, peak: 2.5, minutes: 120, decayHours: 6 },
			{ kind: 'spike', day: 27, hour: 21, peak: 5, minutes: 30, decayHours: 4 },
			{ kind: 'negative burn', day: 38, hour: 13, peak: 2.5, minutes: 360 },
		],
	},
	{
		name: 'Telco', seed: 10, meanPer5Min: 20, dayContrast: 7, weekend: 0.7, mondayMorning: 1.4, wander: 0.25, dayLevel: 0.15,
		blipsPerDay: 2, negativeShare: 0.45,
		anomalies: [
			{ kind: 'ramp', day: 13, hour: 8, peak: 3, minutes: 480, decayHours: 6 },
			{ kind: 'spike', day: 26, hour: 12, peak: 10, minutes: 20, decayHours: 2 },
		],
	},
];

interface Random {
	next(): number;
	normal(): number;
	poisson(mean: number): number;
	gamma(shape: number): number;
}

function randomFrom(seed: number): Random {
	let state = mixSeed(seed, 0x5eed) >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
	const gamma = (shape: number): number => {
		// Marsaglia–Tsang; shape < 1 by the boost trick.
		if (shape < 1) return gamma(shape + 1) * next() ** (1 / shape);
		const d = shape - 1 / 3;
		const c = 1 / Math.sqrt(9 * d);
		for (;;) {
			const x = normal();
			const v = (1 + c * x) ** 3;
			if (v <= 0) continue;
			if (Math.log(1 - next()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
		}
	};
	const poisson = (mean: number): number => {
		if (mean <= 0) return 0;
		if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
		const limit = Math.exp(-mean);
		let count = 0;
		let product = next();
		while (product > limit) {
			count++;
			product *= next();
		}
		return count;
	};
	return { next, normal, poisson, gamma };
}

/** Busiest around 18:00 UTC (US afternoon), quietest twelve hours later; mean 1 over the day. */
function dayRhythm(minuteOfDay: number, contrast: number): number {
	const amplitude = Math.log(contrast) / 2;
	return Math.exp(amplitude * Math.cos(((minuteOfDay / 60 - 18) / 24) * 2 * Math.PI)) / besselMean(amplitude);
}

function besselMean(amplitude: number): number {
	let sum = 0;
	for (let step = 0; step < 96; step++) sum += Math.exp(amplitude * Math.cos((step / 96) * 2 * Math.PI));
	return sum / 96;
}

/** Multiplier of an anomaly at `minutes` after its start (1 when it adds nothing). */
function anomalyMultiplier(spec: AnomalySpec, minutes: number): number {
	if (minutes < 0) return 1;
	const decay = (after: number) => 1 + (spec.peak - 1) * 0.5 ** (after / 60 / (spec.decayHours ?? 1));
	switch (spec.kind) {
		case 'spike': {
			const onset = Math.min(1, minutes / 10);
			if (minutes < spec.minutes) return 1 + (spec.peak - 1) * onset;
			return decay(minutes - spec.minutes);
		}
		case 'ramp':
			if (minutes < spec.minutes) return 1 + ((spec.peak - 1) * minutes) / spec.minutes;
			if (minutes < spec.minutes + 120) return spec.peak;
			return decay(minutes - spec.minutes - 120);
		case 'shift':
			return spec.peak;
		default:
			return 1;
	}
}

/** One series: 5-minute counts over six weeks from a Monday, with its anomalies labelled. */
export function generateSeries(spec: SeriesSpec): LabelledSeries {
	const random = randomFrom(spec.seed);
	const steps = (WEEKS * 7 * DAY_MINUTES) / STEP_MINUTES;
	const totals: number[] = [];
	const negatives: number[] = [];
	const dayLevels = Array.from({ length: WEEKS * 7 }, () => Math.exp(spec.dayLevel * random.normal()));
	let blipUntil = -1;
	let blipFactor = 1;
	// Unlabelled busy spells (a news day, a campaign): 1.3–1.8× for 2–6 hours, about once a week.
	let busyStart = -1;
	let busySteps = 0;
	let busyFactor = 1;
	let mood = 0;
	const rho = 0.97;
	for (let step = 0; step < steps; step++) {
		const minute = step * STEP_MINUTES;
		const day = Math.floor(minute / DAY_MINUTES);
		const minuteOfDay = minute % DAY_MINUTES;
		const weekday = day % 7;
		mood = rho * mood + spec.wander * Math.sqrt(1 - rho * rho) * random.normal();
		if (step > blipUntil && random.next() < (spec.blipsPerDay * STEP_MINUTES) / DAY_MINUTES) {
			blipUntil = step + Math.floor(random.next() * 6);
			blipFactor = 1.5 + 2 * random.next();
		}
		const blip = step <= blipUntil ? blipFactor : 1;
		if (step >= busyStart + busySteps && random.next() < STEP_MINUTES / (7 * DAY_MINUTES)) {
			busyStart = step;
			busySteps = Math.round((120 + random.next() * 240) / STEP_MINUTES);
			busyFactor = 1.3 + 0.5 * random.next();
		}
		const busyPosition = (step - busyStart) / busySteps;
		const busy = busyPosition >= 0 && busyPosition < 1 ? 1 + (busyFactor - 1) * Math.min(1, 4 * busyPosition, 4 * (1 - busyPosition)) : 1;
		const weekly = (weekday >= 5 ? spec.weekend : 1) * (weekday === 0 && minuteOfDay >= 720 && minuteOfDay < 960 ? spec.mondayMorning : 1);
		let rate = spec.meanPer5Min * dayRhythm(minuteOfDay, spec.dayContrast) * weekly * dayLevels[day] * Math.exp(mood) * blip * busy;
		let negativeRate = rate * spec.negativeShare;
		let extraNegative = 0;
		for (const anomaly of spec.anomalies) {
			const since = minute - (anomaly.day * DAY_MINUTES + anomaly.hour * 60);
			if (anomaly.kind === 'night burst') {
				if (since >= 0 && since < anomaly.minutes) extraNegative += ((anomaly.extra ?? 0) * STEP_MINUTES) / anomaly.minutes;
				continue;
			}
			if (anomaly.kind === 'negative burn') {
				// Complaints rise while the total barely moves: praise and chatter make room.
				if (since >= 0 && since < anomaly.minutes) {
					const shifted = Math.min(rate, negativeRate * (anomaly.peak - 1));
					negativeRate += shifted;
					rate += shifted * 0.2;
				}
				continue;
			}
			const multiplier = anomalyMultiplier(anomaly, since);
			rate *= multiplier;
			negativeRate *= multiplier;
		}
		// Gamma–Poisson (negative binomial) counts: social volume is over-dispersed.
		const shape = 20;
		const mixed = (random.gamma(shape) / shape) * rate;
		const extra = random.poisson(extraNegative);
		const base = random.poisson(mixed);
		const negativeShare = Math.min(1, negativeRate / Math.max(rate, 1e-9));
		let negative = extra;
		for (let k = 0; k < base; k++) if (random.next() < negativeShare) negative++;
		totals.push(base + extra);
		negatives.push(negative);
	}
	return {
		name: spec.name,
		startMs: START_MS,
		stepMinutes: STEP_MINUTES,
		totals,
		negatives,
		anomalies: spec.anomalies.map((anomaly) => ({
			kind: anomaly.kind,
			startMs: START_MS + (anomaly.day * DAY_MINUTES + anomaly.hour * 60) * 60_000,
		})),
	};
}
