import { detectCrises, type Observation } from '../../../nodes/core/detection/detectCrises';
import { eventsOf, isAlert } from './alerts';
import { DAY, HOUR, MINUTE, WEEK_START, pollThrough, volumeRows } from './syntheticWeek';

const now = new Date('2026-03-02T12:00:00Z');

function volumeRow(id: string, count: unknown, overrides: Partial<Observation> = {}): Observation {
	return {
		id,
		brand: 'Acme',
		createdAt: '2026-03-02T11:55:00Z',
		text: '',
		negative: true,
		count,
		...overrides,
	} as Observation;
}

describe('volume observations: a row with a count stands for that many mentions', () => {
	it('counts {count: 120} as 120 mentions, all negative when the row is', () => {
		const { state, notices } = detectCrises(
			undefined,
			[volumeRow('v1', 120), volumeRow('v2', 30, { negative: false })],
			now,
		);
		expect(notices).toEqual([]);
		const brand = state.brands[0];
		expect(brand.mentions).toBe(150);
		expect(brand.buckets).toEqual([expect.objectContaining({ total: 150, negative: 120 })]);
		// A volume row is no post a team could read: it never becomes a sample.
		expect(brand.buckets[0].samples).toEqual([]);
	});

	it('counts a row id once and takes the boundaries 0 and 1,000,000', () => {
		const first = detectCrises(
			undefined,
			[volumeRow('v1', 0), volumeRow('v2', 1_000_000), volumeRow('v2', 5)],
			now,
		);
		expect(first.notices).toEqual([]);
		expect(first.state.brands[0].mentions).toBe(1_000_000);
		const again = detectCrises(
			first.state,
			[volumeRow('v2', 1_000_000)],
			new Date(now.getTime() + MINUTE),
		);
		expect(again.state.brands[0].mentions).toBe(1_000_000);
	});

	it.each([
		['a fraction', 1.5],
		['a negative count', -1],
		['more than a million', 1_000_001],
		['text', '12'],
		['not a number', Number.NaN],
		['infinity', Number.POSITIVE_INFINITY],
		['null', null],
	])('skips a row whose count is %s, with a notice naming "count"', (_, count) => {
		const result = detectCrises(undefined, [volumeRow('bad', count), volumeRow('good', 7)], now);
		expect(result.notices).toEqual([
			'Crisis detector: observation 1 skipped, field "count" must be a whole number from 0 to 1000000 when present',
		]);
		expect(result.state.brands[0].mentions).toBe(7);
	});

	it.each([1, 2, 3])(
		'opens an incident on a burst given as volume rows alone (seed %i)',
		(seed) => {
			// Three days of 72 mentions an hour in 5-minute rows, then 20 minutes of 60 complaints per row.
			const burstAt = WEEK_START + 3 * DAY + 10 * HOUR;
			const rows = volumeRows(seed, 'Counted', WEEK_START, burstAt + 6 * HOUR, (atMs) =>
				atMs >= burstAt && atMs < burstAt + 20 * MINUTE
					? { total: 64, negative: 62 }
					: { total: 6, negative: 2 },
			);
			const events = eventsOf(pollThrough(rows, WEEK_START, burstAt + 6 * HOUR), 'Counted');
			expect(events.filter((event) => Date.parse(event.at) < burstAt)).toEqual([]);
			const alert = events.find(isAlert);
			expect(alert?.state).toBe('opened');
			expect(Date.parse(alert?.at ?? '') - burstAt).toBeLessThanOrEqual(30 * MINUTE);
			// Each row counted as its 62 complaints, not as one mention.
			expect(alert?.negative).toBeGreaterThanOrEqual(100);
			expect(alert?.sampleIds).toEqual([]);
		},
	);
});
