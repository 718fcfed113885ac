import type { IDataObject } from 'n8n-workflow';

import { mention } from './fixtures/playbookItems';
import { runWorkflow } from './harness/engine';
import { STEP, run, output, caseOf, chain } from './harness/playbookStepRun';

describe('Playbook Step: Set Deadline', () => {
	// Friday 7 March 2025, 17:00 in Istanbul (UTC+3), 09:00 in New York (EST, before US daylight saving).
	const friday = mention({ id: '10', level: 'medium', createdAt: '2025-03-07T14:00:00Z' });

	it('counts business hours in Istanbul across the weekend, and keeps the input fields', async () => {
		const [item] = await output({ operation: 'setDeadline' }, [friday]);
		expect(item.json.deadlines).toMatchObject({
			firstResponseDue: '2025-03-10T09:00:00Z',
			timeZone: 'Europe/Istanbul',
			roundTheClock: false,
		});
		expect(item.json.firstResponseLocal).toBe('10 Mar, 12:00 GMT+3');
		expect(item.json.text).toBe(friday.text);
		expect(item.json.crisis).toEqual(friday.crisis);
		expect(caseOf(item).deadlines?.firstResponseDue).toBe('2025-03-10T09:00:00Z');
		expect(item.pairedItem).toEqual({ item: 0 });
		expect((item.json.chat as { text: string }).text).toMatch(/deadlines set \(medium\)/);
	});

	it('follows the time zone, the holidays, the targets and the round-the-clock levels', async () => {
		const newYork = await output({ operation: 'setDeadline', timeZone: 'America/New_York' }, [
			friday,
		]);
		expect((newYork[0].json.deadlines as IDataObject).firstResponseDue).toBe(
			'2025-03-07T18:00:00Z',
		);

		const holiday = await output(
			{ operation: 'setDeadline', deadlinePolicy: { holidays: '2025-03-10' } },
			[friday],
		);
		expect((holiday[0].json.deadlines as IDataObject).firstResponseDue).toBe(
			'2025-03-11T09:00:00Z',
		);

		const allHours = await output(
			{
				operation: 'setDeadline',
				deadlinePolicy: { roundTheClock: ['medium'], mediumFirstResponse: '2h' },
			},
			[friday],
		);
		expect(allHours[0].json.deadlines).toMatchObject({
			firstResponseDue: '2025-03-07T16:00:00Z',
			roundTheClock: true,
		});

		const weekend = await output(
			{
				operation: 'setDeadline',
				deadlinePolicy: { businessDays: [1, 2, 3, 4, 5, 6], businessHoursEnd: '17:30' },
			},
			[friday],
		);
		// 30 min on Friday, then 3.5 h from 09:00 on Saturday.
		expect((weekend[0].json.deadlines as IDataObject).firstResponseDue).toBe(
			'2025-03-08T09:30:00Z',
		);
	});

	it('is idempotent on its own output', async () => {
		const result = await runWorkflow({
			...chain({ operation: 'setDeadline' }, { operation: 'setDeadline' }),
			input: [{ json: friday }],
		});
		const first = caseOf(result.output('First')[0]);
		const second = caseOf(result.output('Second')[0]);
		expect(second.timeline).toEqual(first.timeline);
		expect(second.deadlines).toEqual(first.deadlines);
	});

	it('names a bad setting as the editor shows it', async () => {
		const failed = await run({ operation: 'setDeadline', timeZone: 'Mars/Olympus' }, [friday]);
		expect(failed.error(STEP)?.message).toMatch(
			/^Time Zone: "Mars\/Olympus" is not an IANA time zone/,
		);
		expect((failed.error(STEP) as { description?: string }).description).toMatch(
			/Change "Time Zone"/,
		);

		const target = await run(
			{ operation: 'setDeadline', deadlinePolicy: { mediumFirstResponse: 'soon' } },
			[friday],
		);
		expect(target.error(STEP)?.message).toMatch(
			/^Deadline Policy › Medium: First Response: "soon" is not a duration/,
		);
	});

	it('with Continue On Fail marks the bad item and goes on', async () => {
		const items = await output(
			{ operation: 'setDeadline' },
			[{ ...friday, createdAt: 'yesterday' }, friday],
			0,
			{ continueOnFail: true },
		);
		expect(items).toHaveLength(2);
		expect(items[0].json.error).toMatch(/mention\.createdAt/);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1].json.deadlines).toBeDefined();
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});
});
