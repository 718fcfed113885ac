import { ago, mention } from './fixtures/playbookItems';
import { STEP, run, output, caseOf } from './harness/playbookStepRun';

describe('Playbook Step: Record Response', () => {
	it('stops the clocks a reply answers, so Check Deadlines goes quiet; resolving closes the case', async () => {
		const overdue = mention({ id: '90', level: 'critical', createdAt: ago(120) });
		const tasks = await output({ operation: 'respondToEvery' }, [overdue]);
		const before = await run(
			{ operation: 'checkDeadlines' },
			tasks.map((item) => item.json),
		);
		expect(
			before
				.output(STEP, 0)
				.map((item) => (item.json.alert as { kind: string }).kind)
				.sort(),
		).toEqual(['firstResponse', 'task']);

		const respondedAt = ago(100);
		const recorded = await output(
			{ operation: 'recordResponse', respondedAt },
			tasks.map((item) => item.json),
		);
		expect(caseOf(recorded[0]).status).toBe('responding');
		expect(Date.parse(caseOf(recorded[0]).firstResponseAt as string)).toBe(Date.parse(respondedAt));
		expect(caseOf(recorded[0]).tasks[0]).toMatchObject({ mentionId: 'x:90', status: 'done' });
		expect(recorded[0].pairedItem).toEqual({ item: 0 });
		const after = await run(
			{ operation: 'checkDeadlines' },
			recorded.map((item) => item.json),
		);
		expect(after.output(STEP, 0)).toHaveLength(0);

		const again = await output(
			{ operation: 'recordResponse' },
			recorded.map((item) => item.json),
		);
		expect(caseOf(again[0]).timeline).toEqual(caseOf(recorded[0]).timeline);
		expect(caseOf(again[0]).firstResponseAt).toBe(caseOf(recorded[0]).firstResponseAt);

		const [closed] = await output(
			{ operation: 'recordResponse', resolveCase: true },
			recorded.map((item) => item.json),
		);
		expect(caseOf(closed)).toMatchObject({ status: 'resolved' });
	});

	it('names a mention the case has no task for', async () => {
		const tasks = await output({ operation: 'respondToEvery' }, [
			mention({ id: '91', level: 'high' }),
		]);
		const failed = await run(
			{ operation: 'recordResponse', responseMentionId: 'x:999' },
			tasks.map((item) => item.json),
		);
		expect(failed.error(STEP)?.message).toMatch(
			/^Mention ID: case CD-\w+ has no response task for x:999/,
		);
	});
});
