import { detectCrises, type DetectorSettings, type IncidentEvent, type Observation } from '../../../nodes/core/detection/detectCrises';

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

function poisson(mean: number, random: () => number): number {
	// Knuth's method is fine for the small means of one minute of mentions.
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

export const WEEK_START = Date.parse('2026-03-02T00:00:00Z');
const HOUR = 3_600_000;

/** Day/night rhythm peaking at 19:00 UTC and bottoming out at 07:00 UTC (about 1/10 of the peak). */
export function rhythm(hourOfDay: number): number {
	return 0.55 + 0.45 * Math.cos(((hourOfDay - 19) / 24) * 2 * Math.PI);
}

const WORDS = ['flight', 'bag', 'refund', 'app', 'order', 'card', 'gate', 'queue', 'login', 'seat', 'staff', 'update'];
const MOODS = ['terrible', 'thanks', 'still waiting', 'ok', 'great', 'never again', 'why', 'hello'];

function text(random: () => number, serial: string): string {
	const pick = (list: string[]) => list[Math.floor(random() * list.length)];
	return `${pick(MOODS)} ${pick(WORDS)} ${pick(WORDS)} ${serial}`;
}

/**
 * A week of mentions for several brands: an hour-of-day rhythm, a day-to-day level that wanders by
 * ±20 % and hour-to-hour jitter (so the counts are over-dispersed like real social volume).
 */
export function syntheticWeek(seed: number, days = 7, brands = SYNTHETIC_BRANDS): Observation[] {
	const random = seededRandom(seed);
	const observations: Observation[] = [];
	for (const brand of brands) {
		for (let day = 0; day < days; day++) {
			const dayLevel = 0.8 + 0.4 * random();
			for (let hour = 0; hour < 24; hour++) {
				const hourLevel = 0.85 + 0.3 * random();
				const perMinute = (brand.peakPerHour * rhythm(hour) * dayLevel * hourLevel) / 60;
				for (let minute = 0; minute < 60; minute++) {
					const count = poisson(perMinute, random);
					for (let k = 0; k < count; k++) {
						const at = WEEK_START + (day * 24 + hour) * HOUR + minute * 60_000 + Math.floor(random() * 60_000);
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
export function injectBurst(seed: number, brand: string, startMs: number, count: number, minutes: number): Observation[] {
	const random = seededRandom(seed);
	return Array.from({ length: count }, (_, k) => ({
		id: `burst-${seed}-${k}`,
		brand,
		createdAt: new Date(startMs + Math.floor(random() * minutes * 60_000)).toISOString(),
		text: text(random, `burst ${seed} ${k}`),
		negative: true,
		risk: 70,
	}));
}

/** Extra complaints whose rate rises linearly from 0 to `peakPerHour` over `hours`. */
export function injectSlowBurn(seed: number, brand: string, startMs: number, hours: number, peakPerHour: number): Observation[] {
	const random = seededRandom(seed);
	const observations: Observation[] = [];
	for (let minute = 0; minute < hours * 60; minute++) {
		const perMinute = (peakPerHour * (minute / (hours * 60))) / 60;
		const count = poisson(perMinute, random);
		for (let k = 0; k < count; k++) {
			observations.push({
				id: `slow-${seed}-${minute}-${k}`,
				brand,
				createdAt: new Date(startMs + minute * 60_000 + Math.floor(random() * 60_000)).toISOString(),
				text: text(random, `slow ${seed} ${minute} ${k}`),
				negative: true,
				risk: 60,
			});
		}
	}
	return observations;
}

/** Polls the detector every `pollMinutes` over the observations, each poll getting what was created since the last. */
export function pollThrough(
	observations: Observation[],
	fromMs: number,
	toMs: number,
	pollMinutes = 10,
	settings?: Partial<DetectorSettings>,
): IncidentEvent[] {
	const sorted = [...observations].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
	const events: IncidentEvent[] = [];
	let state: unknown;
	let next = 0;
	for (let poll = fromMs + pollMinutes * 60_000; poll <= toMs; poll += pollMinutes * 60_000) {
		const batch: Observation[] = [];
		while (next < sorted.length && Date.parse(sorted[next].createdAt) < poll) batch.push(sorted[next++]);
		const result = detectCrises(state, batch, new Date(poll), settings);
		state = result.state;
		events.push(...result.events);
	}
	return events;
}
