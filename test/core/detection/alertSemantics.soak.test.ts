import {
	DEFAULT_DETECTOR_SETTINGS,
	type IncidentEvent,
	type Observation,
} from '../../../nodes/core/detection/detectCrises';
import { eventsOf, isAlert } from './alerts';
import {
	DAY,
	HOUR,
	MINUTE,
	WEEK_START,
	injectBurst,
	pollThrough,
	syntheticWeek,
	volumeRows,
} from './syntheticWeek';

/** When the incidents of these tests start: a Thursday morning, after three days of learning. */
const T = WEEK_START + 3 * DAY + 10 * HOUR;
const END = WEEK_START + 6 * DAY;

/**
 * A brand with flat volume as volume rows: 72 mentions an hour, a third of them complaints, each
 * channel times `multiplier(atMs)`.
 */
function flatBrand(
	seed: number,
	multiplier: (atMs: number) => { all: number; negative: number } = () => ({ all: 1, negative: 1 }),
): Observation[] {
	return volumeRows(seed, 'Flat', WEEK_START, END, (atMs) => {
		const { all, negative } = multiplier(atMs);
		const complaints = 2 * negative;
		return { total: 4 * all + complaints, negative: complaints };
	});
}

function during(
	fromMs: number,
	toMs: number,
	factor: number,
): (atMs: number) => { all: number; negative: number } {
	return (atMs) =>
		atMs >= fromMs && atMs < toMs ? { all: 1, negative: factor } : { all: 1, negative: 1 };
}

const seeds = [1, 2, 3];

describe('alert semantics: an alert is an incident opened or escalated to high or critical', () => {
	// Complaints at three or five times their rate for 10 hours. The level is reached while the burst
	// windows fill (the longest is 2 h); the 8 hours after at the same magnitude escalate nothing.
	it.each(
		seeds.flatMap((seed) => [
			[seed, 3],
			[seed, 5],
		]),
	)(
		'never escalates an episode that keeps the same magnitude for 10 hours (seed %i, %i×)',
		(seed, factor) => {
			const longestWindow = Math.max(...DEFAULT_DETECTOR_SETTINGS.burstWindowsMinutes) * MINUTE;
			const events = eventsOf(
				pollThrough(flatBrand(seed, during(T, T + 10 * HOUR, factor)), WEEK_START, END),
				'Flat',
				WEEK_START,
				T + 10 * HOUR,
			);
			expect(events.filter((event) => event.state === 'opened')).toHaveLength(1);
			expect(events.filter((event) => event.state === 'resolved')).toEqual([]);
			expect(Date.parse(events.find(isAlert)?.at ?? '') - T).toBeLessThanOrEqual(longestWindow);
			const late = events.filter(
				(event) => event.state === 'escalated' && Date.parse(event.at) > T + longestWindow,
			);
			expect(late).toEqual([]);
		},
	);

	describe('after-shocks', () => {
		// A big spike, its after-shocks once it has resolved (12 and 15 h later), then a bigger spike at 20 h.
		const aftershocks = (seed: number) => [
			...injectBurst(seed + 100, 'Flat', T + 12 * HOUR, 50, 30),
			...injectBurst(seed + 200, 'Flat', T + 15 * HOUR, 30, 30),
		];
		const bigger = (seed: number) => injectBurst(seed + 300, 'Flat', T + 20 * HOUR, 300, 30);

		it.each(seeds)(
			'does not alert again on the after-shock of a resolved spike, but does on a bigger one (seed %i)',
			(seed) => {
				const stream = [
					...flatBrand(seed),
					...injectBurst(seed, 'Flat', T, 150, 30),
					...aftershocks(seed),
					...bigger(seed),
				];
				const events = eventsOf(pollThrough(stream, WEEK_START, END), 'Flat');
				const spike = events.filter((event) => Date.parse(event.at) < T + 12 * HOUR);
				expect(spike.filter(isAlert).length).toBeGreaterThanOrEqual(1);
				expect(spike[spike.length - 1].state).toBe('resolved');
				expect(eventsOf(events, 'Flat', T + 12 * HOUR, T + 20 * HOUR)).toEqual([]);
				const later = eventsOf(events, 'Flat', T + 20 * HOUR, T + 21 * HOUR);
				expect(later.find((event) => event.state === 'opened')).toMatchObject({
					level: expect.stringMatching(/^(high|critical)$/),
				});
			},
		);

		it.each(seeds)(
			'would have alerted on the same after-shock without the spike before it (seed %i)',
			(seed) => {
				const events = eventsOf(
					pollThrough([...flatBrand(seed), ...aftershocks(seed)], WEEK_START, END),
					'Flat',
				);
				expect(eventsOf(events, 'Flat', T + 12 * HOUR, T + 13 * HOUR).filter(isAlert)).toHaveLength(
					1,
				);
			},
		);

		// Only an alert has an after-shock: a watch (medium) that ends must not silence a later crisis.
		it.each([1, 3, 4])(
			'alerts on a sharp burst after a watch on the same brand has resolved (seed %i)',
			(seed) => {
				// Complaints at 1.8 times their rate for 6 hours: a watch, never an alert.
				const stream = [
					...flatBrand(seed, during(T, T + 6 * HOUR, 1.8)),
					...injectBurst(seed, 'Flat', T + 12 * HOUR, 60, 20),
				];
				const events = eventsOf(pollThrough(stream, WEEK_START, END), 'Flat');
				const watch = eventsOf(events, 'Flat', T, T + 12 * HOUR);
				expect(watch.map((event) => `${event.state} ${event.level}`)).toEqual([
					'opened medium',
					'resolved medium',
				]);
				const burst = eventsOf(events, 'Flat', T + 12 * HOUR).find(isAlert);
				expect(Date.parse(burst?.at ?? '') - (T + 12 * HOUR)).toBeLessThanOrEqual(30 * MINUTE);
			},
		);

		// The bar is the last episode's burst peak, not the hours of excess a long episode adds up.
		it.each(seeds)(
			'alerts on a sharp burst some hours after a long 3x episode resolved (seed %i)',
			(seed) => {
				const burstAt = T + 17 * HOUR;
				const stream = [
					...flatBrand(seed, during(T, T + 10 * HOUR, 3)),
					...injectBurst(seed, 'Flat', burstAt, 100, 20),
				];
				const events = eventsOf(pollThrough(stream, WEEK_START, END), 'Flat');
				expect(eventsOf(events, 'Flat', T, burstAt).filter(isAlert).length).toBeGreaterThanOrEqual(
					1,
				);
				expect(eventsOf(events, 'Flat', T, burstAt).pop()?.state).toBe('resolved');
				const burst = eventsOf(events, 'Flat', burstAt).find(isAlert);
				expect(Date.parse(burst?.at ?? '') - burstAt).toBeLessThanOrEqual(30 * MINUTE);
			},
		);

		// A level adopted as the new normal is no episode to have an after-shock.
		it.each(seeds)(
			'alerts on a sharp burst after a level shift has become the new normal (seed %i)',
			(seed) => {
				const shifted = (atMs: number) =>
					atMs >= T ? { all: 2.5, negative: 2.5 } : { all: 1, negative: 1 };
				const burstAt = T + 20 * HOUR;
				const events = eventsOf(
					pollThrough(
						[...flatBrand(seed, shifted), ...injectBurst(seed, 'Flat', burstAt, 150, 20)],
						WEEK_START,
						END,
					),
					'Flat',
				);
				expect(eventsOf(events, 'Flat', T, burstAt).pop()?.reasons[0]).toMatch(
					/the baseline now expects this level/,
				);
				const burst = eventsOf(events, 'Flat', burstAt).find(isAlert);
				expect(Date.parse(burst?.at ?? '') - burstAt).toBeLessThanOrEqual(30 * MINUTE);
			},
		);
	});

	it.each(seeds)(
		'alerts at most once on a level shift that persists, then adopts it as the new normal (seed %i)',
		(seed) => {
			// From T on, two and a half times the volume on both channels, for the remaining two and a half days.
			const shifted = (atMs: number) =>
				atMs >= T ? { all: 2.5, negative: 2.5 } : { all: 1, negative: 1 };
			const events = eventsOf(pollThrough(flatBrand(seed, shifted), WEEK_START, END), 'Flat', T);
			expect(events.filter(isAlert).length).toBeLessThanOrEqual(1);
			expect(events.filter((event) => event.state === 'opened')).toHaveLength(1);
			const adopted = events.findIndex((event) => event.state === 'resolved');
			expect(events[adopted].reasons[0]).toMatch(
				/^volume stayed high for 12 h: the baseline now expects this level$/,
			);
			// The new normal raises nothing more.
			expect(events.slice(adopted + 1)).toEqual([]);
		},
	);
});

/** Figures a reason states, parsed back. */
interface StatedTest {
	kind: string;
	count: number;
	channel: 'all' | 'negative';
	minutes?: number;
	ratio: number;
	expected: number;
}

const FIRST_REASON =
	/^(burst|slow burn|grown): (\d+) (negative mentions|mentions) (?:in the last (\d+) min|since \d\d:\d\d UTC), (\d+\.\d)× the (\d+(?:\.\d)?) expected(?: at this hour)?$/;

function statedTest(reason: string): StatedTest | undefined {
	const match = FIRST_REASON.exec(reason);
	if (!match) return undefined;
	return {
		kind: match[1],
		count: Number(match[2]),
		channel: match[3] === 'mentions' ? 'all' : 'negative',
		minutes: match[4] === undefined ? undefined : Number(match[4]),
		ratio: Number(match[5]),
		expected: Number(match[6]),
	};
}

describe('every alert says which test fired, with its numbers', () => {
	function announced(events: IncidentEvent[]): IncidentEvent[] {
		return events.filter((event) => event.state === 'opened' || event.state === 'escalated');
	}

	// A sharp burst (burst), a steady rise of complaints (slow burn) and a flood that keeps growing (grown).
	const events = [
		...pollThrough(
			[
				...syntheticWeek(11),
				...injectBurst(11, 'Skyways', WEEK_START + 3 * DAY + 17 * HOUR, 60, 30),
			],
			WEEK_START,
			WEEK_START + 4 * DAY,
		),
		...seeds.flatMap((seed) =>
			pollThrough(flatBrand(seed, during(T, T + 10 * HOUR, 2.5)), WEEK_START, T + 11 * HOUR),
		),
		...seeds.flatMap((seed) =>
			pollThrough(flatBrand(seed, during(T, T + 10 * HOUR, 8)), WEEK_START, T + 11 * HOUR),
		),
	];

	it('covers every kind of test', () => {
		const kinds = new Set(announced(events).map((event) => statedTest(event.reasons[0])?.kind));
		expect([...kinds].sort()).toEqual(['burst', 'grown', 'slow burn']);
	});

	it('states the test, its count, what was expected, the multiple and the chance, consistent with the level', () => {
		expect(announced(events).length).toBeGreaterThan(5);
		for (const event of announced(events)) {
			const stated = statedTest(event.reasons[0]);
			expect({ reason: event.reasons[0], parsed: Boolean(stated) }).toEqual({
				reason: event.reasons[0],
				parsed: true,
			});
			if (!stated) continue;
			// The multiple is the count over the expected (which is rounded to a tenth).
			expect(stated.ratio).toBeGreaterThanOrEqual(stated.count / (stated.expected + 0.05) - 0.05);
			expect(stated.ratio).toBeLessThanOrEqual(
				stated.count / Math.max(stated.expected - 0.05, 0.01) + 0.05,
			);
			const chance =
				/^chance of this under this brand's normal variation about 1 in 10\^(\d+)$/.exec(
					event.reasons[1],
				);
			expect(chance).not.toBeNull();
			expect(event.reasons[2]).toBe(
				`${event.negative} of ${event.volume} mentions in that window are negative`,
			);
			if (stated.kind !== 'slow burn') {
				// The window's figures are the event's own: the stated count is its volume or its complaints.
				expect(stated.count).toBe(stated.channel === 'all' ? event.volume : event.negative);
			}
			if (stated.minutes !== undefined)
				expect(DEFAULT_DETECTOR_SETTINGS.burstWindowsMinutes).toContain(stated.minutes);
			// The level follows from the figures stated: magnitude, not duration.
			const exponent = Number(chance?.[1]);
			const excess = stated.count - stated.expected;
			const s = DEFAULT_DETECTOR_SETTINGS;
			if (event.level !== 'medium') {
				const [minExcess, minRatio, minSurprise] =
					event.level === 'critical'
						? [s.criticalExcess, s.criticalRatio, s.criticalSurprise]
						: [s.highExcess, s.highRatio, s.highSurprise];
				expect(excess).toBeGreaterThanOrEqual(minExcess - 0.05);
				expect(stated.ratio).toBeGreaterThanOrEqual(minRatio - 0.05);
				expect(exponent).toBeGreaterThanOrEqual(Math.floor(minSurprise));
			}
			if (event.state === 'opened' && stated.kind === 'burst')
				expect(exponent).toBeGreaterThanOrEqual(Math.floor(s.openSurprise));
		}
	});
});
