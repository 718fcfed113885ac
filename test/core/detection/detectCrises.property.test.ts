import fc from 'fast-check';
import {
	detectCrises,
	type DetectorSettings,
	type DetectorState,
	type IncidentEvent,
} from '../../../nodes/core/detection/detectCrises';
import { findNonFinite } from '../property/findNonFinite';
import { hostileCount, hostileDate, hostileText } from '../property/hostileInput';

const START = Date.UTC(2026, 2, 2, 0, 0);
const MINUTE = 60_000;

/** Small caps and short warm-ups, so that a few dozen polls already reach eviction and incidents. */
const settings: fc.Arbitrary<Partial<DetectorSettings>> = fc.record({
	bucketMinutes: fc.constant(10),
	burstWindowsMinutes: fc.constant([10, 30, 60]),
	maxBuckets: fc.integer({ min: 6, max: 40 }),
	maxBrands: fc.integer({ min: 1, max: 4 }),
	maxSeenIds: fc.integer({ min: 0, max: 60 }),
	maxSeenTexts: fc.integer({ min: 0, max: 60 }),
	maxSamples: fc.integer({ min: 0, max: 5 }),
	warmupHours: fc.double({ min: 0, max: 2, noNaN: true }),
	warmupHoursWithPrior: fc.double({ min: 0, max: 1, noNaN: true }),
	warmupMentions: fc.integer({ min: 0, max: 10 }),
	minCount: fc.integer({ min: 1, max: 5 }),
	resolveAfterMinutes: fc.integer({ min: 10, max: 120 }),
});

const BRANDS = [
	'Acme',
	' acme ',
	'ACME',
	'Beta Bank',
	'Gamma',
	'Δelta',
	'😡brand',
	'İstanbul Kargo',
];

/** One observation as Crisis Score hands it over, created some minutes before (or, with clock skew, after) the poll. */
const observation = fc.record({
	id: fc.oneof(
		fc.nat({ max: 400 }).map((n) => `x:${n}`),
		hostileText.filter((t) => t !== ''),
	),
	brand: fc.constantFrom(...BRANDS),
	offsetMinutes: fc.integer({ min: -600, max: 30 }),
	text: fc.oneof(
		fc.constantFrom('refund never arrived', 'kargo gelmedi', 'RT refund never arrived!!', ''),
		hostileText,
	),
	negative: fc.boolean(),
	risk: fc.option(fc.integer({ min: -50, max: 500 }), { nil: undefined }),
});

/** Observations with a damaged field: each must be skipped alone with a notice naming the field. */
const damaged = fc.oneof(
	fc.anything({ maxDepth: 1 }),
	fc.record({
		id: fc.constantFrom<unknown>('', 7, null),
		brand: fc.constant('Acme'),
		createdAt: fc.constant('2026-03-02T00:00:00Z'),
		text: fc.constant('x'),
		negative: fc.constant(true),
	}),
	fc.record({
		id: fc.constant('x:bad'),
		brand: fc.constantFrom<unknown>('', '   ', 3),
		createdAt: fc.constant('2026-03-02T00:00:00Z'),
		text: fc.constant('x'),
		negative: fc.constant(true),
	}),
	fc.record({
		id: fc.constant('x:bad'),
		brand: fc.constant('Acme'),
		createdAt: hostileDate,
		text: fc.constant('x'),
		negative: fc.constant(true),
	}),
	fc.record({
		id: fc.constant('x:bad'),
		brand: fc.constant('Acme'),
		createdAt: fc.constant('2026-03-02T00:00:00Z'),
		text: fc.constant('x'),
		negative: fc.constantFrom<unknown>('yes', 1, null),
		risk: hostileCount,
	}),
);

/** A poll some minutes after the previous one, with a batch that may hold a burst and some damaged items. */
const poll = fc.record({
	advanceMinutes: fc.integer({ min: 1, max: 240 }),
	batch: fc.array(observation, { maxLength: 15 }),
	burst: fc.option(
		fc.record({
			brand: fc.constantFrom(...BRANDS),
			size: fc.integer({ min: 5, max: 80 }),
			seed: fc.nat(),
		}),
		{ freq: 3 },
	),
	damaged: fc.array(damaged, { maxLength: 3 }),
});

type Poll = typeof poll extends fc.Arbitrary<infer T> ? T : never;

function batchFor(p: Poll, nowMs: number): unknown[] {
	const batch: unknown[] = p.batch.map(({ offsetMinutes, ...o }) => ({
		...o,
		createdAt: new Date(nowMs + offsetMinutes * MINUTE).toISOString(),
	}));
	if (p.burst) {
		for (let i = 0; i < p.burst.size; i++) {
			batch.push({
				id: `burst:${p.burst.seed}:${i}`,
				brand: p.burst.brand,
				createdAt: new Date(nowMs - (i % 9) * MINUTE).toISOString(),
				text: `my refund ${p.burst.seed}-${i} never arrived`,
				negative: i % 3 !== 0,
				risk: (i * 7) % 100,
			});
		}
	}
	return [...batch, ...p.damaged];
}

function expectWithinCaps(state: DetectorState, resolved: Partial<DetectorSettings>): void {
	expect(state.brands.length).toBeLessThanOrEqual(resolved.maxBrands as number);
	expect(new Set(state.brands.map((brand) => brand.key)).size).toBe(state.brands.length);
	expect(state.seenIds.length).toBeLessThanOrEqual(resolved.maxSeenIds as number);
	expect(state.seenTexts.length).toBeLessThanOrEqual(resolved.maxSeenTexts as number);
	for (const brand of state.brands) {
		expect(brand.buckets.length).toBeLessThanOrEqual(resolved.maxBuckets as number);
		for (const bucket of brand.buckets)
			expect(bucket.samples.length).toBeLessThanOrEqual(resolved.maxSamples as number);
		if (brand.incident)
			expect(brand.incident.samples.length).toBeLessThanOrEqual(resolved.maxSamples as number);
	}
}

function expectWellFormedEvent(
	event: IncidentEvent,
	nowMs: number,
	resolved: Partial<DetectorSettings>,
): void {
	expect(['medium', 'high', 'critical']).toContain(event.level);
	expect(['opened', 'escalated', 'resolved']).toContain(event.state);
	expect(event.at).toBe(new Date(nowMs).toISOString());
	expect(Date.parse(event.since)).toBeLessThanOrEqual(nowMs);
	for (const figure of [event.volume, event.baseline, event.negative])
		expect(figure).toBeGreaterThanOrEqual(0);
	expect(event.negative).toBeLessThanOrEqual(event.volume);
	expect(event.sampleIds.length).toBeLessThanOrEqual(resolved.maxSamples as number);
	expect(event.reasons.length).toBeGreaterThan(0);
}

describe('detectCrises: properties over many polls of hostile batches', () => {
	it('stays JSON, finite, within its caps and deterministic; replays exactly from stored JSON; incidents follow their lifecycle', () => {
		fc.assert(
			fc.property(settings, fc.array(poll, { minLength: 1, maxLength: 25 }), (resolved, polls) => {
				let state: unknown;
				let nowMs = START;
				const open = new Map<string, string>();
				const finished = new Set<string>();
				for (const p of polls) {
					nowMs += p.advanceMinutes * MINUTE;
					const now = new Date(nowMs);
					const batch = batchFor(p, nowMs);
					const before = structuredClone(state);
					const result = detectCrises(state, batch as never, now, resolved);

					expect(state).toEqual(before);
					expect(findNonFinite(result)).toBeUndefined();
					const stored = JSON.parse(JSON.stringify(result.state));
					expect(stored).toEqual(result.state);
					expectWithinCaps(result.state, resolved);
					expect(detectCrises(before, structuredClone(batch) as never, now, resolved)).toEqual(
						result,
					);

					for (const event of result.events) {
						expectWellFormedEvent(event, nowMs, resolved);
						expect(finished.has(event.incident)).toBe(false);
						const key = event.brand.trim().toLowerCase();
						if (event.state === 'opened') {
							expect(open.has(key)).toBe(false);
							open.set(key, event.incident);
						} else {
							expect(open.get(key)).toBe(event.incident);
							if (event.state === 'resolved') {
								open.delete(key);
								finished.add(event.incident);
							}
						}
					}
					// An open incident is never dropped with its brand: every one still open is in the state.
					for (const [key, incident] of open) {
						expect(result.state.brands.find((brand) => brand.key === key)?.incident?.id).toBe(
							incident,
						);
					}
					for (const notice of result.notices) expect(typeof notice).toBe('string');
					const damagedNotices = result.notices.filter((n) => /skipped, /.test(n));
					for (const notice of damagedNotices)
						expect(notice).toMatch(
							/it is not an object|field "(id|brand|createdAt|text|negative|risk)"/,
						);
					// What n8n stores is JSON: the next poll reads it back from there.
					state = stored;
				}
			}),
			{ numRuns: 100 },
		);
	});

	// Past maxBrands an open incident is never dropped silently: quiet brands are evicted first, and when
	// every brand has an open incident the new brand waits, with a notice.
	it('never drops an open incident silently when its brand is evicted', () => {
		const resolved = {
			maxBrands: 1,
			warmupHours: 0,
			warmupHoursWithPrior: 0,
			warmupMentions: 0,
			minCount: 1,
		};
		const complaint = (i: number, atMs: number) => ({
			id: `x:${i}`,
			brand: 'Delta',
			createdAt: new Date(atMs).toISOString(),
			text: `refund ${i} never arrived`,
			negative: true,
		});
		// An hour of baseline first: a brand judges a burst only once it has learned an hour of buckets.
		const learning = detectCrises(
			undefined,
			[complaint(0, START + MINUTE)],
			new Date(START + 60 * MINUTE),
			resolved,
		);
		const nowMs = START + 80 * MINUTE;
		// Over two buckets: a rise that is one bucket's alone does not open.
		const burst = Array.from({ length: 20 }, (_, i) => complaint(i + 1, nowMs - 1 - i * MINUTE));
		const first = detectCrises(learning.state, burst, new Date(nowMs), resolved);
		const opened = first.events.find((event) => event.state === 'opened');
		expect(opened).toBeDefined();
		const other = [
			{
				id: 'x:other',
				brand: 'Acme',
				createdAt: new Date(nowMs + 9 * MINUTE).toISOString(),
				text: 'hello',
				negative: false,
			},
		];
		const second = detectCrises(first.state, other, new Date(nowMs + 10 * MINUTE), resolved);
		expect(second.state.brands.map((brand) => brand.incident?.id)).toEqual([opened?.incident]);
		expect(second.notices).toEqual([
			expect.stringMatching(
				/watching 1 brands, all with an open incident; 1 mentions of other brands were not tracked/,
			),
		]);
	});

	it('resets any damaged stored state with a notice, never crashes, and counts the batch', () => {
		const garbage = fc.oneof(
			fc.anything(),
			fc.record({
				version: fc.constantFrom<unknown>(1, 2, '1'),
				bucketMinutes: fc.constantFrom<unknown>(10, 15, null),
				brands: fc.anything(),
				seenIds: fc.anything(),
				seenTexts: fc.anything(),
			}),
			// A current state whose brands are junk (objects with "__proto__" or "constructor" keys among them).
			fc.record({
				version: fc.constant(2),
				bucketMinutes: fc.constant(10),
				brands: fc.array(
					fc.oneof(
						fc.anything({ withNullPrototype: true }),
						fc.dictionary(
							fc.constantFrom('__proto__', 'constructor', 'key', 'name', 'level'),
							fc.anything(),
						),
					),
				),
				seenIds: fc.array(fc.string()),
				seenTexts: fc.array(fc.string()),
			}),
		);
		fc.assert(
			fc.property(garbage, (stored) => {
				const now = new Date(START);
				const result = detectCrises(
					stored,
					[
						{
							id: 'x:1',
							brand: 'Acme',
							createdAt: new Date(START - MINUTE).toISOString(),
							text: 'late',
							negative: true,
						},
					],
					now,
				);
				expect(findNonFinite(result)).toBeUndefined();
				expect(JSON.parse(JSON.stringify(result.state))).toEqual(result.state);
				expect(
					result.state.brands.find((brand) => brand.key === 'acme')?.mentions,
				).toBeGreaterThanOrEqual(1);
				expect(({} as Record<string, unknown>).key).toBeUndefined();
			}),
			{ numRuns: 300 },
		);
	});

	it('rejects a bad "now", a batch that is not a list and out-of-range settings with an Error naming them', () => {
		expect(() => detectCrises(undefined, [], new Date('nope'))).toThrow(/"now"/);
		expect(() => detectCrises(undefined, [], 'yesterday' as unknown as Date)).toThrow(/"now"/);
		expect(() => detectCrises(undefined, 'batch' as never, new Date(START))).toThrow(/"batch"/);
		const badSetting = fc.constantFrom<[string, unknown]>(
			['maxBrands', 0],
			['maxBrands', NaN],
			['bucketMinutes', 7],
			['minCount', 1.5],
			['burstWindowsMinutes', []],
			['openSurprise', Infinity],
			['colour', 1],
		);
		fc.assert(
			fc.property(badSetting, ([name, value]) => {
				expect(() => detectCrises(undefined, [], new Date(START), { [name]: value })).toThrow(
					new RegExp(`"${name}"`),
				);
			}),
		);
	});

	it('keeps state bounded over 3,000 polls of fresh ids and brands', () => {
		const resolved = {
			maxBrands: 5,
			maxSeenIds: 500,
			maxSeenTexts: 500,
			maxBuckets: 36,
			maxSamples: 3,
		};
		let state: unknown;
		let largest = 0;
		for (let index = 0; index < 3000; index++) {
			const nowMs = START + index * 10 * MINUTE;
			const batch = Array.from({ length: 4 }, (_, j) => ({
				id: `x:${index}-${j}`,
				brand: `brand ${(index + j) % 9}`,
				createdAt: new Date(nowMs - j * MINUTE).toISOString(),
				text: `text ${index}-${j}`,
				negative: j % 2 === 0,
			}));
			state = detectCrises(state, batch, new Date(nowMs), resolved).state;
			largest = Math.max(largest, JSON.stringify(state).length);
		}
		expectWithinCaps(state as DetectorState, resolved);
		expect(largest).toBeLessThan(200_000);
	});
});
