import { DateTime } from 'luxon';
import { computeDeadlines } from '../../../../nodes/core/playbook/deadlines/computeDeadlines';
import {
	type DeadlinePolicyInput,
	readDeadlinePolicy,
} from '../../../../nodes/core/playbook/deadlines/DeadlinePolicy';
import { FieldError } from '../../../../nodes/core/errors/FieldError';
import { setDeadline } from '../../../../nodes/core/playbook/steps/setDeadline';
import type { RiskLevel } from '../../../../nodes/core/scoring/CrisisScore';
import { incident, mention } from '../fixtures';

/** Local wall time in `zone` → the UTC ISO string the core emits. */
function utc(local: string, zone: string): string {
	return DateTime.fromISO(local, { zone }).toUTC().toISO({ suppressMilliseconds: true }) as string;
}

function firstResponse(
	level: RiskLevel,
	startLocal: string,
	input: DeadlinePolicyInput = {},
): string {
	const policy = readDeadlinePolicy(input);
	return computeDeadlines(level, utc(startLocal, policy.timeZone), policy).firstResponseDue;
}

const IST = 'Europe/Istanbul';

describe('deadlines in business hours (Europe/Istanbul, Mon–Fri 09:00–18:00)', () => {
	// 2025-03-03 is a Monday.
	it('adds time inside one business day', () => {
		expect(firstResponse('medium', '2025-03-03T10:00', {})).toBe(utc('2025-03-03T14:00', IST));
	});

	it('carries what does not fit into the next business day', () => {
		expect(firstResponse('medium', '2025-03-03T16:00', {})).toBe(utc('2025-03-04T11:00', IST));
	});

	it('starts the clock at opening time when the mention came in before it', () => {
		expect(firstResponse('medium', '2025-03-03T06:30', {})).toBe(utc('2025-03-03T13:00', IST));
	});

	it('skips the weekend', () => {
		expect(firstResponse('medium', '2025-03-07T17:00', {})).toBe(utc('2025-03-10T12:00', IST));
		expect(firstResponse('medium', '2025-03-08T12:00', {})).toBe(utc('2025-03-10T13:00', IST));
	});

	it('skips public holidays from the user list', () => {
		expect(firstResponse('medium', '2025-03-03T16:00', { holidays: ['2025-03-04'] })).toBe(
			utc('2025-03-05T11:00', IST),
		);
		expect(
			firstResponse('medium', '2025-03-03T16:00', { holidays: '2025-03-04, 2025-03-05' }),
		).toBe(utc('2025-03-06T11:00', IST));
	});

	it('counts a business day as one full opening-hours span', () => {
		expect(firstResponse('low', '2025-03-03T10:00', {})).toBe(utc('2025-03-04T10:00', IST));
		expect(firstResponse('low', '2025-03-07T20:00', {})).toBe(utc('2025-03-10T18:00', IST));
	});

	it('honours custom hours and weekdays', () => {
		const input = { businessHours: { start: '08:30', end: '12:30', days: 'mon, wed' } };
		expect(firstResponse('medium', '2025-03-03T10:30', input)).toBe(utc('2025-03-05T10:30', IST));
	});

	it('lets critical and high run 24/7 by default, and lets the user turn that off', () => {
		expect(firstResponse('critical', '2025-03-08T23:55', {})).toBe(utc('2025-03-09T00:10', IST));
		expect(firstResponse('high', '2025-03-08T23:55', {})).toBe(utc('2025-03-09T00:55', IST));
		expect(firstResponse('critical', '2025-03-08T23:55', { roundTheClock: [] })).toBe(
			utc('2025-03-10T09:15', IST),
		);
		expect(firstResponse('medium', '2025-03-08T23:55', { roundTheClock: ['medium'] })).toBe(
			utc('2025-03-09T03:55', IST),
		);
	});

	it('uses the targets the user sets per level', () => {
		expect(
			firstResponse('critical', '2025-03-03T10:00', {
				targets: { critical: { firstResponse: '5m' } },
			}),
		).toBe(utc('2025-03-03T10:05', IST));
		expect(
			firstResponse('high', '2025-03-03T10:00', { targets: { high: { firstResponse: '1.5h' } } }),
		).toBe(utc('2025-03-03T11:30', IST));
	});
});

describe('deadlines across DST changes and time zones', () => {
	const NY = 'America/New_York';
	const BERLIN = 'Europe/Berlin';

	it('keeps opening hours in local time across the March change (New York)', () => {
		// Fri 17:00 EST + 2 business hours → Mon 10:00 EDT, which is 14:00Z, not 15:00Z.
		const input = { timeZone: NY, targets: { medium: { firstResponse: '2h' } } };
		expect(firstResponse('medium', '2025-03-07T17:00', input)).toBe('2025-03-10T14:00:00Z');
	});

	it('counts real minutes around the clock through the missing hour (New York)', () => {
		// 01:30 EST + 1 h → 03:30 EDT (02:xx does not exist that night).
		expect(firstResponse('high', '2025-03-09T01:30', { timeZone: NY })).toBe(
			'2025-03-09T07:30:00Z',
		);
	});

	it('keeps the local time of day for a 24/7 business day across the change (New York)', () => {
		const input = { timeZone: NY, roundTheClock: ['low'] as RiskLevel[] };
		// 10:00 EST Saturday + 1 day → 10:00 EDT Sunday, only 23 real hours later.
		expect(firstResponse('low', '2025-03-08T10:00', input)).toBe('2025-03-09T14:00:00Z');
	});

	it('keeps opening hours in local time across the October change (Berlin)', () => {
		const input = { timeZone: BERLIN, targets: { medium: { firstResponse: '2h' } } };
		// Fri 17:00 CEST (15:00Z) + 2 h → Mon 10:00 CET (09:00Z).
		expect(firstResponse('medium', '2025-10-24T17:00', input)).toBe('2025-10-27T09:00:00Z');
	});

	it('counts the real length of a business day that contains the change (Berlin, 00:00–24:00)', () => {
		const input = {
			timeZone: BERLIN,
			businessHours: { start: '00:00', end: '24:00', days: [1, 2, 3, 4, 5, 6, 7] },
		};
		// 30 March 2025 has 23 hours; 01:00 CET + 2 h of business time is 04:00 CEST.
		expect(
			firstResponse('medium', '2025-03-30T01:00', {
				...input,
				targets: { medium: { firstResponse: '2h' } },
			}),
		).toBe('2025-03-30T02:00:00Z');
	});

	it('gives different instants for the same wall time in different zones', () => {
		const istanbul = firstResponse('medium', '2025-03-03T16:00', {});
		const newYork = firstResponse('medium', '2025-03-03T16:00', { timeZone: NY });
		expect(istanbul).toBe('2025-03-04T08:00:00Z');
		expect(newYork).toBe('2025-03-04T16:00:00Z');
	});

	it('evaluates holidays in the policy zone, not in UTC', () => {
		// 23:30 Monday in Istanbul is still Monday locally; Tuesday is the holiday.
		expect(firstResponse('medium', '2025-03-03T23:30', { holidays: ['2025-03-04'] })).toBe(
			utc('2025-03-05T13:00', IST),
		);
	});
});

describe('business days as people write them', () => {
	const days = (value: string | Array<string | number>) =>
		readDeadlinePolicy({ businessHours: { days: value } }).businessHours.days;

	it('reads ranges, also wrapping over the weekend, and mixes them with single days', () => {
		expect(days('Mon-Fri')).toEqual([1, 2, 3, 4, 5]);
		expect(days('Sat-Sun')).toEqual([6, 7]);
		expect(days('Fri-Mon')).toEqual([1, 5, 6, 7]);
		expect(days('monday – wednesday, Sat')).toEqual([1, 2, 3, 6]);
		expect(days(['Tue-Thu', 7])).toEqual([2, 3, 4, 7]);
		expect(days('1-5')).toEqual([1, 2, 3, 4, 5]);
		expect(days('Thursday, tues')).toEqual([2, 4]);
	});

	it('counts a Mon-Fri calendar the same as the list of those days', () => {
		expect(
			firstResponse('medium', '2025-03-07T17:00', { businessHours: { days: 'Mon-Fri' } }),
		).toBe(utc('2025-03-10T12:00', IST));
	});

	it('rejects a 24/7 target too long to be a response time, naming it, instead of an empty due time', () => {
		const policy = readDeadlinePolicy({ targets: { critical: { firstResponse: '8784h' } } });
		expect(computeDeadlines('critical', '2025-03-03T07:00:00Z', policy).firstResponseDue).toBe(
			'2026-03-04T07:00:00Z',
		);
		expect(() => readDeadlinePolicy({ targets: { critical: { firstResponse: '8785h' } } })).toThrow(
			/targets\.critical\.firstResponse.*at most 366 days/,
		);
	});
});

describe('deadline policy validation names the field', () => {
	const cases: Array<[DeadlinePolicyInput, string]> = [
		[{ timeZone: 'Mars/Olympus' }, 'timeZone'],
		[{ businessHours: { start: '18:00', end: '09:00' } }, 'businessHours.end'],
		[{ businessHours: { start: '9am' } }, 'businessHours.start'],
		[{ businessHours: { days: [] } }, 'businessHours.days'],
		[{ businessHours: { days: ['funday'] } }, 'businessHours.days'],
		[{ holidays: ['2025-13-45'] }, 'holidays[0]'],
		[{ holidays: ['2025-03-01', '2025-02-30'] }, 'holidays[1]'],
		[{ targets: { high: { firstResponse: 'soon' } } }, 'targets.high.firstResponse'],
		[{ targets: { urgent: {} } as never }, 'targets.urgent'],
		[{ roundTheClock: 'critical, severe' }, 'roundTheClock'],
		[{ businessHours: { days: 'Mon-Funday' } }, 'businessHours.days'],
		[{ businessHours: { days: 'monkey' } }, 'businessHours.days'],
		[{ businessHours: { days: 'Mon-' } }, 'businessHours.days'],
		[{ businessHours: { days: '1-9' } }, 'businessHours.days'],
		[{ businessHours: { days: 'Mon-Tue-Wed' } }, 'businessHours.days'],
		[
			{ targets: { critical: { firstResponse: '99999999999h' } } },
			'targets.critical.firstResponse',
		],
		[{ targets: { low: { resolution: '5000bd' } } }, 'targets.low.resolution'],
	];
	it.each(cases)('%j → %s', (input, field) => {
		try {
			readDeadlinePolicy(input);
			throw new Error('expected an error');
		} catch (error) {
			expect(error).toBeInstanceOf(FieldError);
			expect((error as FieldError).field).toBe(field);
		}
	});

	it('fails clearly when the calendar has no business time at all', () => {
		const policy = readDeadlinePolicy({ businessHours: { days: [6] }, holidays: [] });
		const everySaturday = Array.from(
			{ length: 600 },
			(_, i) => DateTime.fromISO('2025-03-08').plus({ weeks: i }).toISODate() as string,
		);
		const blocked = { ...policy, holidays: everySaturday };
		expect(() => computeDeadlines('medium', '2025-03-03T07:00:00Z', blocked)).toThrow(
			/no business hours found/,
		);
	});
});

describe('setDeadline', () => {
	const NOW = '2025-03-03T07:05:00Z';

	it('sets both deadlines on a mention case from when the mention was posted', () => {
		const result = setDeadline(
			mention({ id: 'x:1', createdAt: '2025-03-03T07:00:00Z' }, { level: 'medium' }),
			{},
			NOW,
		);
		expect(result.deadlines).toMatchObject({
			level: 'medium',
			startedAt: '2025-03-03T07:00:00Z',
			firstResponseDue: '2025-03-03T11:00:00Z',
			resolutionDue: '2025-03-05T07:00:00Z',
			timeZone: IST,
			roundTheClock: false,
		});
		expect(result.case.deadlines).toEqual(result.deadlines);
		expect(result.firstResponseLocal).toBe('3 Mar, 14:00 GMT+3');
		expect(result.chat.text).toContain('3 Mar, 14:00 GMT+3');
	});

	it('is idempotent: a second run on the returned case adds nothing and returns the same', () => {
		const first = setDeadline(incident(), {}, NOW);
		const second = setDeadline({ ...incident(), case: first.case }, {}, '2025-03-03T09:00:00Z');
		expect(second.case).toEqual(first.case);
		expect(second.deadlines).toEqual(first.deadlines);
		expect(second.case.timeline.filter((e) => e.step === 'setDeadline')).toHaveLength(1);
	});

	it('never gives an escalated case more time than it had', () => {
		// Medium at 09:00 local (06:00Z) → first response 13:00 local. Critical at 12:50 → 13:05 alone; keeps 13:00.
		const medium = setDeadline(
			incident({ level: 'medium', at: '2025-03-03T06:00:00Z' }),
			{},
			'2025-03-03T06:00:00Z',
		);
		expect(medium.deadlines.firstResponseDue).toBe('2025-03-03T10:00:00Z');
		const escalatedItem = {
			...incident({ level: 'critical', state: 'escalated', at: '2025-03-03T09:50:00Z' }),
			case: medium.case,
		};
		const critical = setDeadline(escalatedItem, {}, '2025-03-03T09:50:00Z');
		expect(critical.deadlines.level).toBe('critical');
		expect(critical.deadlines.firstResponseDue).toBe('2025-03-03T10:00:00Z');
		expect(critical.deadlines.resolutionDue).toBe('2025-03-03T13:50:00Z');
		const again = setDeadline({ case: critical.case }, {}, '2025-03-03T09:55:00Z');
		expect(again.deadlines).toEqual(critical.deadlines);
		expect(again.case.timeline).toEqual(critical.case.timeline);
	});

	it('never writes an empty due time: a clock that would end past the last date a calendar holds is an error', () => {
		const lastDays = mention(
			{ id: 'x:1', createdAt: '+275760-09-12T23:55:00Z' },
			{ level: 'critical' },
		);
		expect(() => setDeadline(lastDays, {}, NOW)).toThrow(
			/^targets\.critical\.firstResponse: .*past the end of the calendar/,
		);
	});

	it('rejects a bad clock', () => {
		expect(() => setDeadline(mention({ id: 'x:1' }), {}, 'yesterday')).toThrow(FieldError);
	});
});
