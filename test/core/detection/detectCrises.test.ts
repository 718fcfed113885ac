import {
	DEFAULT_DETECTOR_SETTINGS,
	detectCrises,
	type DetectorState,
	type Observation,
} from '../../../nodes/core/detection/detectCrises';
import { DAY, HOUR, WEEK_START, injectBurst, pollThrough, syntheticWeek } from './syntheticWeek';

/** The stored brand with this key (brands are a list, each with its key). */
function brandOf(state: DetectorState, key: string) {
	return state.brands.find((brand) => brand.key === key);
}

function brandKeys(state: DetectorState): string[] {
	return state.brands.map((brand) => brand.key);
}

function mention(id: string, createdAt: string, overrides: Partial<Observation> = {}): Observation {
	return { id, brand: 'Acme', createdAt, text: `complaint ${id}`, negative: true, ...overrides };
}

describe('detectCrises state handling', () => {
	const now = new Date('2026-03-02T12:00:00Z');

	it('starts from nothing without a notice', () => {
		const result = detectCrises(undefined, [], now);
		expect(result.notices).toEqual([]);
		expect(result.events).toEqual([]);
		expect(result.state.brands).toEqual([]);
		expect(result.state.version).toBe(2);
	});

	it.each([
		['a string', 'garbage', /state reset: the stored state is not an object/],
		[
			'the old version 1 (brands keyed by name)',
			{ version: 1, bucketMinutes: 10, brands: { acme: {} }, seenIds: [], seenTexts: [] },
			/state reset: stored version 1 is not 2/,
		],
		[
			'brands that are not a list',
			{ version: 2, bucketMinutes: 10, brands: { acme: {} }, seenIds: [], seenTexts: [] },
			/state reset: "brands" is missing or not a list/,
		],
		[
			'another bucket length',
			{ version: 2, bucketMinutes: 15, brands: [], seenIds: [], seenTexts: [] },
			/state reset: bucket length changed from 15 to 10 minutes/,
		],
		[
			'seen ids that are not strings',
			{ version: 2, bucketMinutes: 10, brands: [], seenIds: [1], seenTexts: [] },
			/state reset: "seenIds" or "seenTexts"/,
		],
	])('resets %s with a notice instead of crashing', (_, stored, notice) => {
		const result = detectCrises(stored, [mention('1', '2026-03-02T11:55:00Z')], now);
		expect(result.notices).toEqual([expect.stringMatching(notice)]);
		expect(brandKeys(result.state)).toEqual(['acme']);
	});

	it('drops only a damaged brand, and a repeated one', () => {
		const first = detectCrises(
			undefined,
			[
				mention('1', '2026-03-02T11:55:00Z'),
				mention('2', '2026-03-02T11:56:00Z', { brand: 'Other' }),
			],
			now,
		);
		const damaged = structuredClone(first.state) as unknown as {
			brands: Array<{ key: string; level: unknown }>;
		};
		damaged.brands.find((brand) => brand.key === 'other')!.level = 'high';
		const result = detectCrises(damaged, [], now);
		expect(result.notices).toEqual([
			'Crisis detector: the stored state of 1 brand was damaged or repeated; learned again from now on',
		]);
		expect(brandKeys(result.state)).toEqual(['acme']);

		const repeated = {
			...first.state,
			brands: [...first.state.brands, brandOf(first.state, 'acme')],
		};
		const again = detectCrises(repeated, [], now);
		expect(again.notices).toEqual([
			'Crisis detector: the stored state of 1 brand was damaged or repeated; learned again from now on',
		]);
		expect(brandKeys(again.state)).toEqual(['acme', 'other']);
	});

	it('never changes the state it was given and is deterministic', () => {
		const first = detectCrises(undefined, [mention('1', '2026-03-02T11:55:00Z')], now);
		const frozen = JSON.stringify(first.state);
		const batch = [mention('2', '2026-03-02T12:01:00Z')];
		const a = detectCrises(first.state, batch, new Date('2026-03-02T12:10:00Z'));
		const b = detectCrises(JSON.parse(frozen), batch, new Date('2026-03-02T12:10:00Z'));
		expect(JSON.stringify(first.state)).toBe(frozen);
		expect(JSON.stringify(a)).toBe(JSON.stringify(b));
	});

	it('rejects a bad poll time and a batch that is not a list', () => {
		expect(() => detectCrises(undefined, [], new Date('nope'))).toThrow(
			'"now" must be a valid Date',
		);
		expect(() => detectCrises(undefined, 'x' as unknown as Observation[], now)).toThrow('"batch"');
	});
});

describe('detectCrises input checks and de-duplication', () => {
	const now = new Date('2026-03-02T12:00:00Z');

	it('skips a bad observation with a notice naming the field and counts the rest', () => {
		const batch = [
			mention('1', '2026-03-02T11:55:00Z'),
			mention('2', 'yesterday'),
			{ ...mention('3', '2026-03-02T11:55:00Z'), negative: 'yes' } as unknown as Observation,
			null as unknown as Observation,
		];
		const result = detectCrises(undefined, batch, now);
		expect(result.notices).toEqual([
			'Crisis detector: observation 2 skipped, field "createdAt" must be an ISO 8601 date',
			'Crisis detector: observation 3 skipped, field "negative" must be true or false',
			'Crisis detector: observation 4 skipped, it is not an object',
		]);
		expect(brandOf(result.state, 'acme')?.mentions).toBe(1);
	});

	it('counts an id once, even when a later poll fetches it again', () => {
		const first = detectCrises(undefined, [mention('1', '2026-03-02T11:55:00Z')], now);
		const again = detectCrises(
			first.state,
			[mention('1', '2026-03-02T11:55:00Z')],
			new Date('2026-03-02T12:01:00Z'),
		);
		expect(brandOf(again.state, 'acme')?.mentions).toBe(1);
	});

	it('counts reposts and link variants of one text once per brand', () => {
		const text = 'Lost my bag AGAIN, no refund!';
		const batch = [
			mention('1', '2026-03-02T11:51:00Z', { text }),
			mention('2', '2026-03-02T11:52:00Z', { text: `RT @angry_flyer: ${text}` }),
			mention('3', '2026-03-02T11:53:00Z', {
				text: `lost my bag again no refund https://t.co/abc`,
			}),
			mention('4', '2026-03-02T11:54:00Z', { text, brand: 'Other' }),
		];
		const result = detectCrises(undefined, batch, now);
		expect(brandOf(result.state, 'acme')?.mentions).toBe(1);
		expect(brandOf(result.state, 'other')?.mentions).toBe(1);
	});

	it('does not count a mention older than the kept buckets, and says so', () => {
		const result = detectCrises(undefined, [mention('1', '2026-03-01T12:00:00Z')], now);
		expect(result.state.brands).toEqual([]);
		expect(result.notices).toEqual([
			'Crisis detector: 1 mentions older than the 6.0 h window were not counted',
		]);
	});
});

describe('detectCrises settings', () => {
	it.each([
		[{ bucketMinutes: 7 }, 'bucketMinutes'],
		[{ openSurprise: Number.NaN }, 'openSurprise'],
		[{ burstWindowsMinutes: [25] }, 'burstWindowsMinutes'],
		[{ holdSurprise: 9 }, 'holdSurprise'],
		[{ warmupHorus: 3 } as never, 'warmupHorus'],
		// Escalation on duration alone is gone, and so are its settings.
		[{ highAfterMinutes: 60 } as never, 'highAfterMinutes'],
		[{ criticalAfterMinutes: 240 } as never, 'criticalAfterMinutes'],
		[{ minExcess: -1 }, 'minExcess'],
		[{ highSurprise: Number.NaN }, 'highSurprise'],
		[{ criticalSurprise: -1 }, 'criticalSurprise'],
		[{ afterShockHours: -1 }, 'afterShockHours'],
		[{ noiseHalfLifeHours: 0 }, 'noiseHalfLifeHours'],
		[{ weekHalfLifeWeeks: 0 }, 'weekHalfLifeWeeks'],
	])('rejects %p naming the setting', (settings, name) => {
		expect(() => detectCrises(undefined, [], new Date(0), settings)).toThrow(name);
	});
});

describe('incident lifecycle', () => {
	const week = syntheticWeek(31);
	const start = WEEK_START + 3 * DAY + 18 * HOUR;
	const end = WEEK_START + 4 * DAY;

	it('opens once, escalates as the burst grows, resolves once it is over', () => {
		const stream = [
			...week,
			...injectBurst(1, 'Skyways', start, 30, 30),
			...injectBurst(2, 'Skyways', start + 30 * 60_000, 150, 30),
		];
		const events = pollThrough(stream, WEEK_START, end).filter(
			(event) => event.brand === 'Skyways',
		);
		const states = events.map((event) => event.state);
		expect(states[0]).toBe('opened');
		expect(states.filter((state) => state === 'opened')).toHaveLength(1);
		expect(states).toContain('escalated');
		expect(states[states.length - 1]).toBe('resolved');
		expect(new Set(events.map((event) => event.incident)).size).toBe(1);
		expect(
			events
				.filter((event) => event.state === 'escalated')
				.map((event) => event.level)
				.pop(),
		).toBe('critical');
		const opened = events[0];
		expect(opened.reasons[0]).toMatch(
			/^(burst|slow burn): \d+ (negative )?mentions (in the last \d+ min|since \d\d:\d\d UTC), [\d.]+× the [\d.]+ expected/,
		);
		expect(opened.sampleIds.length).toBeGreaterThan(0);
		expect(opened.sampleIds.every((id) => id.startsWith('burst-'))).toBe(true);
		expect(Date.parse(opened.since)).toBeLessThanOrEqual(Date.parse(opened.at));
	});

	it('is not announced again on every poll while it lasts', () => {
		// Three hours of a steady flood: one incident, not one per poll.
		const flood = Array.from({ length: 6 }, (_, k) =>
			injectBurst(10 + k, 'Skyways', start + k * 30 * 60_000, 40, 30),
		).flat();
		const events = pollThrough([...week, ...flood], WEEK_START, end).filter(
			(event) => event.brand === 'Skyways',
		);
		expect(events.filter((event) => event.state === 'opened')).toHaveLength(1);
		expect(events.length).toBeLessThanOrEqual(4);
	});

	it('raises nothing while a brand is still warming up', () => {
		const early = WEEK_START + 10 * HOUR;
		const events = pollThrough(
			[...week, ...injectBurst(3, 'Skyways', early, 60, 30)],
			WEEK_START,
			early + 2 * HOUR,
		);
		expect(events).toEqual([]);
	});

	it('honours the settings it is given', () => {
		const stream = [...week, ...injectBurst(4, 'Skyways', start, 30, 30)];
		const strict = pollThrough(stream, WEEK_START, end, 10, { minCount: 1000 });
		expect(
			strict.filter((event) => event.brand === 'Skyways' && Date.parse(event.at) >= start),
		).toEqual([]);
		const defaults = pollThrough(stream, WEEK_START, end, 10, {
			minCount: DEFAULT_DETECTOR_SETTINGS.minCount,
		});
		expect(defaults.some((event) => event.brand === 'Skyways' && event.state === 'opened')).toBe(
			true,
		);
	});
});
