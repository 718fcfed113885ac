import { anomalyMultiplier } from './anomalyMultiplier';
import { dayRhythm } from './dayRhythm';
import { randomFrom } from './seededDistributions';
import type { AnomalyKind, SeriesSpec } from './seriesSpecs';

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

const DAY_MINUTES = 1440;
const STEP_MINUTES = 5;
/** 2026-01-05 is a Monday; the series start at midnight UTC. */
const START_MS = Date.parse('2026-01-05T00:00:00Z');
const WEEKS = 6;

/** One series: 5-minute counts over six weeks from a Monday, with its anomalies labelled. */
export function generateSeries(spec: SeriesSpec): LabelledSeries {
	const random = randomFrom(spec.seed);
	const steps = (WEEKS * 7 * DAY_MINUTES) / STEP_MINUTES;
	const totals: number[] = [];
	const negatives: number[] = [];
	const dayLevels = Array.from({ length: WEEKS * 7 }, () =>
		Math.exp(spec.dayLevel * random.normal()),
	);
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
		const busy =
			busyPosition >= 0 && busyPosition < 1
				? 1 + (busyFactor - 1) * Math.min(1, 4 * busyPosition, 4 * (1 - busyPosition))
				: 1;
		const weekly =
			(weekday >= 5 ? spec.weekend : 1) *
			(weekday === 0 && minuteOfDay >= 720 && minuteOfDay < 960 ? spec.mondayMorning : 1);
		let rate =
			spec.meanPer5Min *
			dayRhythm(minuteOfDay, spec.dayContrast) *
			weekly *
			dayLevels[day] *
			Math.exp(mood) *
			blip *
			busy;
		let negativeRate = rate * spec.negativeShare;
		let extraNegative = 0;
		for (const anomaly of spec.anomalies) {
			const since = minute - (anomaly.day * DAY_MINUTES + anomaly.hour * 60);
			if (anomaly.kind === 'night burst') {
				if (since >= 0 && since < anomaly.minutes)
					extraNegative += ((anomaly.extra ?? 0) * STEP_MINUTES) / anomaly.minutes;
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
