import type { Observation } from '../../../nodes/core/detection/detectCrises';
import { eventsOf, isAlert, minutesToAlert } from './alerts';
import {
	DAY,
	HOUR,
	MINUTE,
	SYNTHETIC_BRANDS,
	WEEK_START,
	pollThrough,
	runPolls,
	syntheticWeek,
	volumeRows,
	weekendsAt,
} from './syntheticWeek';

/** A Thursday morning, after three days of learning. */
const T = WEEK_START + 3 * DAY + 10 * HOUR;
const END = WEEK_START + 5 * DAY;

describe('the baseline models real traffic', () => {
	describe('day-of-week rhythm', () => {
		// Two brands whose Saturdays and Sundays run at 40 % of a weekday, for two weeks and a Monday.
		const brands = SYNTHETIC_BRANDS.slice(0, 2);
		const thirdMonday = WEEK_START + 14 * DAY;

		it.each([11, 12, 13])(
			'learns that weekends are quieter, so a normal Monday morning opens nothing (seed %i)',
			(seed) => {
				const run = runPolls(
					syntheticWeek(seed, 15, brands, weekendsAt(0.4)),
					WEEK_START,
					thirdMonday + 14 * HOUR,
				);
				const monday = run.events.filter((event) => Date.parse(event.at) >= thirdMonday);
				expect(monday).toEqual([]);
				for (const brand of run.state?.brands ?? []) {
					const weekday = brand.week.slice(1, 6).reduce((sum, value) => sum + value, 0) / 5;
					expect(brand.week[0]).toBeLessThan(0.8 * weekday);
					expect(brand.week[6]).toBeLessThan(0.8 * weekday);
				}
				expect(run.state?.brands).toHaveLength(2);
			},
		);
	});

	describe('a rise must persist or agree before it alerts', () => {
		// A high-volume brand: 600 mentions an hour, flat, 30 % complaints; from T, `buckets` ten-minute
		// buckets at three times the volume.
		function busyBrand(seed: number, buckets: number): Observation[] {
			return volumeRows(seed, 'Busy', WEEK_START, END, (atMs) => {
				const total = 50 * (atMs >= T && atMs < T + buckets * 10 * MINUTE ? 3 : 1);
				return { total, negative: 0.3 * total };
			});
		}

		it.each([1, 2, 3])(
			'does not open on one busy ten-minute bucket of a high-volume brand (seed %i)',
			(seed) => {
				expect(pollThrough(busyBrand(seed, 1), WEEK_START, END)).toEqual([]);
			},
		);

		it.each([1, 2, 3])(
			'alerts within 30 minutes when the same rise lasts three buckets (seed %i)',
			(seed) => {
				expect(
					minutesToAlert(pollThrough(busyBrand(seed, 3), WEEK_START, END), 'Busy', T),
				).toBeLessThanOrEqual(30);
			},
		);
	});

	describe('complaints are a signal of their own', () => {
		// 120 mentions an hour, flat throughout; from T the share of complaints rises from 20 % to 70 %
		// over three hours, stays there three more, then falls back.
		function steadyBrand(seed: number): Observation[] {
			return volumeRows(seed, 'Steady', WEEK_START, END, (atMs) => {
				const hours = (atMs - T) / HOUR;
				const share = hours < 0 || hours >= 6 ? 0.2 : 0.2 + 0.5 * Math.min(1, hours / 3);
				return { total: 10, negative: 10 * share };
			});
		}

		it.each([1, 2, 3])(
			'alerts on a slow burn of complaints while the total volume stays flat, within 4 hours (seed %i)',
			(seed) => {
				const events = pollThrough(steadyBrand(seed), WEEK_START, END);
				const alert = events.find(isAlert);
				expect(alert).toBeDefined();
				expect(Date.parse(alert?.at ?? '') - T).toBeLessThanOrEqual(4 * HOUR);
				expect(alert?.reasons[0]).toMatch(/ negative mentions /);
				// The total did not rise: the alert came from the complaints alone.
				expect(alert?.volume).toBeLessThan(1.3 * (alert?.baseline ?? 0));
				for (const event of events.filter((e) => e.state !== 'resolved'))
					expect(event.reasons[0]).toMatch(/ negative mentions /);
			},
		);
	});

	describe('a minimum absolute rise on quiet accounts', () => {
		const night = WEEK_START + 5 * DAY + 7 * HOUR + 5 * MINUTE;

		function posts(count: number, minutes: number): Observation[] {
			return Array.from({ length: count }, (_, k) => ({
				id: `night-${count}-${k}`,
				brand: 'Tinyair',
				createdAt: new Date(
					night + Math.floor(((k + 0.5) / count) * minutes * MINUTE),
				).toISOString(),
				text: `cancelled again, nobody answers ${k}`,
				negative: true,
			}));
		}

		it.each([11, 12, 13])(
			'opens nothing on two complaints at night on the smallest brand, and alerts on 15 in 20 minutes (seed %i)',
			(seed) => {
				const quiet = pollThrough(
					[...syntheticWeek(seed), ...posts(2, 20)],
					WEEK_START,
					night + 3 * HOUR,
				);
				expect(eventsOf(quiet, 'Tinyair', night)).toEqual([]);
				const burst = pollThrough(
					[...syntheticWeek(seed), ...posts(15, 20)],
					WEEK_START,
					night + 3 * HOUR,
				);
				const alert = eventsOf(burst, 'Tinyair', night).find(isAlert);
				expect(alert?.state).toBe('opened');
				expect(Date.parse(alert?.at ?? '') - night).toBeLessThanOrEqual(30 * MINUTE);
			},
		);

		it('does not open on 15 complaints when the least rise is set well above them', () => {
			const burst = pollThrough(
				[...syntheticWeek(11), ...posts(15, 20)],
				WEEK_START,
				night + 3 * HOUR,
				10,
				{ minExcess: 20 },
			);
			expect(eventsOf(burst, 'Tinyair', night)).toEqual([]);
		});

		// A brand with one post every three hours for three days: two posts ten minutes apart are
		// surprising enough for a permissive threshold, but only two above the expected.
		function sparseBrand(): Observation[] {
			const regular = Array.from({ length: 24 }, (_, k) => ({
				id: `sparse-${k}`,
				brand: 'Sparse',
				createdAt: new Date(WEEK_START + k * 3 * HOUR + 5 * MINUTE).toISOString(),
				text: `hello ${k}`,
				negative: false,
			}));
			const two = [0, 1].map((k) => ({
				id: `two-${k}`,
				brand: 'Sparse',
				createdAt: new Date(WEEK_START + 3 * DAY + 1 * HOUR + (25 + 10 * k) * MINUTE).toISOString(),
				text: `where is my parcel ${k}`,
				negative: true,
			}));
			return [...regular, ...two];
		}
		const permissive = { openSurprise: 2, holdSurprise: 0, minCount: 1 };

		it('keeps two posts on a quiet account from opening by the least rise alone', () => {
			const to = WEEK_START + 3 * DAY + 4 * HOUR;
			expect(pollThrough(sparseBrand(), WEEK_START, to)).toEqual([]);
			expect(pollThrough(sparseBrand(), WEEK_START, to, 10, permissive)).toEqual([]);
			// The least rise is what held them back.
			const opened = pollThrough(sparseBrand(), WEEK_START, to, 10, {
				...permissive,
				minExcess: 0,
			}).filter((event) => event.state === 'opened');
			expect(opened.map((event) => event.at)).toEqual(['2026-03-05T01:40:00.000Z']);
		});
	});
});
