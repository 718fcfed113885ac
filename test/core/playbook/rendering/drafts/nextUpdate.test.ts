import { acknowledge } from '../../../../../nodes/core/playbook/steps/acknowledge';
import { assess } from '../../../../../nodes/core/playbook/steps/assess/assess';
import { readSubject } from '../../../../../nodes/core/playbook/reading/readSubject';
import { respondToEvery } from '../../../../../nodes/core/playbook/steps/respondToEvery';
import { takePrivate } from '../../../../../nodes/core/playbook/steps/takePrivate';
import { incident, mention } from '../../fixtures';

// The incident reached its level at 07:00Z, 10:00 in Istanbul; updates are hourly by default.
const OPENED = '2025-03-03T07:00:00Z';
const items = [
	incident({ at: OPENED, level: 'critical' }),
	mention(
		{ id: 'x:1', source: 'x', author: { handle: 'emma' } },
		{ level: 'critical', categories: ['delivery'] },
	),
	mention(
		{ id: 'x:2', source: 'x', author: { handle: 'jack' } },
		{ level: 'high', categories: ['delivery'] },
	),
];
const SUPPORT = { supportEmail: 'help@acme.example', brand: 'Acme' };

/** Every "by …" a public draft promises. */
function promises(text: string): string[] {
	return [...text.matchAll(/by (\d+ \w+, \d\d:\d\d [^.]+)\./g)].map((match) => match[1]);
}

describe('one promised update time per case', () => {
	it('is stored on the case by the first draft and every later draft of the case repeats it', () => {
		const assessed = assess(items, {}, '2025-03-03T07:10:00Z');
		const acknowledged = acknowledge({ case: assessed.case }, SUPPORT, '2025-03-03T07:20:00Z');
		expect(acknowledged.case.nextUpdateAt).toBe('2025-03-03T08:00:00Z');
		const promised = '3 Mar, 11:00 GMT+3';
		expect(promises(acknowledged.drafts.apology)).toEqual([promised]);
		expect(promises(acknowledged.drafts.holdingStatement)).toEqual([promised]);

		const privately = takePrivate(
			{ ...items[1], case: acknowledged.case },
			{ ...SUPPORT, via: 'email' },
			'2025-03-03T07:30:00Z',
		);
		expect(promises(privately.reply.text)).toEqual([promised]);

		const answered = respondToEvery(
			[items[1], items[2]].map((item) => ({ ...item, case: privately.case })),
			SUPPORT,
			'2025-03-03T07:40:00Z',
		);
		expect(answered.tasks).toHaveLength(2);
		for (const task of answered.tasks) {
			expect(promises(task.reply.text)).toEqual([promised]);
			expect(task.case.nextUpdateAt).toBe('2025-03-03T08:00:00Z');
		}
	});

	it('keeps the promise the first draft made, whatever interval a later step has', () => {
		const first = takePrivate(
			{ ...items[1] },
			{ ...SUPPORT, via: 'email', nextUpdateEvery: '2h' },
			'2025-03-03T07:20:00Z',
		);
		expect(first.case.nextUpdateAt).toBe('2025-03-03T09:00:00Z');
		const later = acknowledge(
			{ case: first.case },
			{ ...SUPPORT, nextUpdateEvery: '30m' },
			'2025-03-03T07:25:00Z',
		);
		expect(later.case.nextUpdateAt).toBe('2025-03-03T09:00:00Z');
		expect(promises(later.drafts.holdingStatement)).toEqual(promises(first.reply.text));
	});

	it('moves every promise to the next interval once the promised time has passed', () => {
		const { case: opened } = assess(items, {}, '2025-03-03T07:10:00Z');
		const early = acknowledge({ case: opened }, SUPPORT, '2025-03-03T07:20:00Z');
		const rerun = acknowledge({ case: early.case }, SUPPORT, '2025-03-03T07:59:00Z');
		expect(rerun.drafts).toEqual(early.drafts);
		expect(rerun.case).toEqual(early.case);

		const late = acknowledge({ case: early.case }, SUPPORT, '2025-03-03T08:05:00Z');
		expect(late.case.nextUpdateAt).toBe('2025-03-03T09:00:00Z');
		expect(promises(late.drafts.apology)).toEqual(['3 Mar, 12:00 GMT+3']);
		expect(promises(late.drafts.holdingStatement)).toEqual(['3 Mar, 12:00 GMT+3']);
	});

	it('is written in the deadline policy’s time zone, the same way in every draft', () => {
		const london = { ...SUPPORT, deadlines: { timeZone: 'Europe/London' } };
		const { case: opened } = assess(items, {}, '2025-03-03T07:10:00Z');
		const acknowledged = acknowledge({ case: opened }, london, '2025-03-03T07:20:00Z');
		expect(promises(acknowledged.drafts.apology)).toEqual(['3 Mar, 08:00 GMT']);
		expect(promises(acknowledged.drafts.holdingStatement)).toEqual(['3 Mar, 08:00 GMT']);
		const privately = takePrivate(
			{ ...items[1], case: acknowledged.case },
			{ ...london, via: 'email' },
			'2025-03-03T07:30:00Z',
		);
		expect(promises(privately.reply.text)).toEqual(['3 Mar, 08:00 GMT']);
	});

	it('travels with the case through JSON (a Data Table)', () => {
		const { case: opened } = assess(items, {}, '2025-03-03T07:10:00Z');
		const acknowledged = acknowledge({ case: opened }, SUPPORT, '2025-03-03T07:20:00Z');
		const read = readSubject(JSON.parse(JSON.stringify({ case: acknowledged.case })) as unknown);
		expect(read.kind === 'case' && read.case.nextUpdateAt).toBe('2025-03-03T08:00:00Z');
		expect(() => readSubject({ case: { ...acknowledged.case, nextUpdateAt: 'soon' } })).toThrow(
			/^case\.nextUpdateAt/,
		);
	});
});
