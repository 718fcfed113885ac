import {
	detectCrises,
	type DetectorSettings,
	type DetectorState,
	type IncidentEvent,
	type Observation,
} from '../../../nodes/core/detection/detectCrises';

/** Small seeded PRNG (mulberry32): the synthetic week is the same on every run. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Knuth's method, in pieces of at most 30 so that e^-mean never underflows for the large counts of volume rows. */
export function poisson(mean: number, random: () => number): number {
	if (mean > 30) return poisson(30, random) + poisson(mean - 30, random);
	const limit = Math.exp(-mean);
	let count = 0;
	let product = random();
	while (product > limit) {
		count++;
		product *= random();
	}
	return count;
}

export interface SyntheticBrand {
	name: string;
	/** Mentions per hour at the busiest hour; the quietest hour gets about a tenth. */
	peakPerHour: number;
	negativeShare: number;
}

export const SYNTHETIC_BRANDS: SyntheticBrand[] = [
	{ name: 'Skyways', peakPerHour: 45, negativeShare: 0.6 },
	{ name: 'Parcelo', peakPerHour: 22, negativeShare: 0.45 },
	{ name: 'Banka', peakPerHour: 12, negativeShare: 0.5 },
	{ name: 'Tinyair', peakPerHour: 5, negativeShare: 0.35 },
];

/** A Monday. */
export const WEEK_START = Date.parse('2026-03-02T00:00:00Z');
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Day/night rhythm peaking at 19:00 UTC and bottoming out at 07:00 UTC (about 1/10 of the peak). */
export function rhythm(hourOfDay: number): number {
	return 0.55 + 0.45 * Math.cos(((hourOfDay - 19) / 24) * 2 * Math.PI);
}

/** Saturday and Sunday (days 5 and 6 from WEEK_START) at `weekendShare` of a weekday. */
export function weekendsAt(weekendShare: number): (day: number) => number {
	return (day) => (day % 7 >= 5 ? weekendShare : 1);
}

const WORDS = [
	'flight',
	'bag',
	'refund',
	'app',
	'order',
	'card',
	'gate',
	'queue',
	'login',
	'seat',
	'staff',
	'update',
];
const MOODS = ['terrible', 'thanks', 'still waiting', 'ok', 'great', 'never again', 'why', 'hello'];

function text(random: () => number, serial: string): string {
	const pick = (list: string[]) => list[Math.floor(random() * list.length)];
	return `${pick(MOODS)} ${pick(WORDS)} ${pick(WORDS)} ${serial}`;
}

/**
 * Days of mentions for several brands from WEEK_START: an hour-of-day rhythm, a day-to-day level that
 * wanders by ±20 % (times `dayFactor` of the day, for a weekly rhythm) and hour-to-hour jitter (so the
 * counts are over-dispersed like real social volume).
 */
export function syntheticWeek(
	seed: number,
	days = 7,
	brands = SYNTHETIC_BRANDS,
	dayFactor: (day: number) => number = () => 1,
): Observation[] {
	const random = seededRandom(seed);
	const observations: Observation[] = [];
	for (const brand of brands) {
		for (let day = 0; day < days; day++) {
			const dayLevel = (0.8 + 0.4 * random()) * dayFactor(day);
			for (let hour = 0; hour < 24; hour++) {
				const hourLevel = 0.85 + 0.3 * random();
				const perMinute = (brand.peakPerHour * rhythm(hour) * dayLevel * hourLevel) / 60;
				for (let minute = 0; minute < 60; minute++) {
					const count = poisson(perMinute, random);
					for (let k = 0; k < count; k++) {
						const at =
							WEEK_START +
							(day * 24 + hour) * HOUR +
							minute * MINUTE +
							Math.floor(random() * MINUTE);
						const id = `${brand.name}:${observations.length}`;
						observations.push({
							id,
							brand: brand.name,
							createdAt: new Date(at).toISOString(),
							text: text(random, id),
							negative: random() < brand.negativeShare,
						});
					}
				}
			}
		}
	}
	return observations;
}

/** `count` complaints spread uniformly over `minutes` from `startMs`. */
export function injectBurst(
	seed: number,
	brand: string,
	startMs: number,
	count: number,
	minutes: number,
): Observation[] {
	const random = seededRandom(seed);
	return Array.from({ length: count }, (_, k) => ({
		id: `burst-${seed}-${k}`,
		brand,
		createdAt: new Date(startMs + Math.floor(random() * minutes * MINUTE)).toISOString(),
		text: text(random, `burst ${seed} ${k}`),
		negative: true,
		risk: 70,
	}));
}

/**
 * `total` extra complaints over `hours` from `startMs`: at an even rate, or (`ramp`) at a rate that
 * rises linearly from nothing.
 */
export function injectSlowBurn(
	seed: number,
	brand: string,
	startMs: number,
	hours: number,
	total: number,
	shape: 'even' | 'ramp' = 'even',
): Observation[] {
	const random = seededRandom(seed);
	const minutes = hours * 60;
	const observations: Observation[] = [];
	for (let minute = 0; minute < minutes; minute++) {
		const perMinute =
			shape === 'even' ? total / minutes : (2 * total * (minute + 0.5)) / (minutes * minutes);
		const count = poisson(perMinute, random);
		for (let k = 0; k < count; k++) {
			observations.push({
				id: `slow-${seed}-${minute}-${k}`,
				brand,
				createdAt: new Date(
					startMs + minute * MINUTE + Math.floor(random() * MINUTE),
				).toISOString(),
				text: text(random, `slow ${seed} ${minute} ${k}`),
				negative: true,
				risk: 60,
			});
		}
	}
	return observations;
}

/** One interval of a volume series: mentions and how many of them complain. */
export interface VolumeStep {
	total: number;
	negative: number;
}

/**
 * Volume rows, as a listening tool exports them: per `stepMinutes` from `fromMs` to `toMs`, one row
 * counting the complaints and one counting the rest (no text). `step` gives the expected figures at a
 * time; the counts drawn are Poisson around them.
 */
export function volumeRows(
	seed: number,
	brand: string,
	fromMs: number,
	toMs: number,
	step: (atMs: number) => VolumeStep,
	stepMinutes = 5,
): Observation[] {
	const random = seededRandom(seed);
	const rows: Observation[] = [];
	for (let atMs = fromMs; atMs < toMs; atMs += stepMinutes * MINUTE) {
		const expected = step(atMs);
		const negative = poisson(expected.negative, random);
		const rest = poisson(Math.max(0, expected.total - expected.negative), random);
		const createdAt = new Date(atMs).toISOString();
		rows.push({
			id: `${brand}:${atMs}:n`,
			brand,
			createdAt,
			text: '',
			negative: true,
			count: negative,
		});
		rows.push({
			id: `${brand}:${atMs}:o`,
			brand,
			createdAt,
			text: '',
			negative: false,
			count: rest,
		});
	}
	return rows;
}

export interface PollRun {
	events: IncidentEvent[];
	notices: string[];
	state: DetectorState | undefined;
}

/** Polls the detector every `pollMinutes` over the observations, each poll getting what was created since the last. */
export function runPolls(
	observations: Observation[],
	fromMs: number,
	toMs: number,
	pollMinutes = 10,
	settings?: Partial<DetectorSettings>,
): PollRun {
	// Each time read once, not once per comparison.
	const sorted = observations
		.map((observation) => ({ observation, ms: Date.parse(observation.createdAt) }))
		.sort((a, b) => a.ms - b.ms);
	const run: PollRun = { events: [], notices: [], state: undefined };
	let next = 0;
	for (let poll = fromMs + pollMinutes * MINUTE; poll <= toMs; poll += pollMinutes * MINUTE) {
		const batch: Observation[] = [];
		while (next < sorted.length && sorted[next].ms < poll) batch.push(sorted[next++].observation);
		const result = detectCrises(run.state, batch, new Date(poll), settings);
		run.state = result.state;
		run.events.push(...result.events);
		run.notices.push(...result.notices);
	}
	return run;
}

export function pollThrough(
	observations: Observation[],
	fromMs: number,
	toMs: number,
	pollMinutes = 10,
	settings?: Partial<DetectorSettings>,
): IncidentEvent[] {
	return runPolls(observations, fromMs, toMs, pollMinutes, settings).events;
}
