import type { ChatPayload } from '../../nodes/core/playbook/rendering/payloads/Payloads';
import { expectSafeChat } from '../core/playbook/safeMarkup';
import { ago, mention, incident, ROUTING } from './fixtures/playbookItems';
import { runWorkflow } from './harness/engine';
import { STEP, run, output, caseOf, chain } from './harness/playbookStepRun';

describe('Playbook Step: Check Deadlines', () => {
	const checkParams = { operation: 'checkDeadlines' };

	it('emits breaches with the next person of the escalation chain, and warnings on Due Soon', async () => {
		const overdue = mention({ id: '30', level: 'critical', createdAt: ago(120) });
		const closeCall = mention({ id: '31', level: 'high', createdAt: ago(50) });
		const fresh = mention({ id: '32', level: 'medium', createdAt: ago(1) });
		const result = await runWorkflow({
			...chain(ROUTING, checkParams),
			input: [overdue, closeCall, fresh].map((json) => ({ json })),
		});

		const breached = result.output('Second', 0);
		expect(breached).toHaveLength(1);
		expect(breached[0].json.alert).toMatchObject({
			kind: 'firstResponse',
			state: 'breached',
			level: 'critical',
			notify: 'duty-lead',
			isNew: true,
		});
		expect((breached[0].json.alert as { minutesLeft: number }).minutesLeft).toBeLessThan(-100);
		expect(breached[0].pairedItem).toEqual({ item: 0 });
		expect(caseOf(breached[0]).escalationIndex).toBe(1);
		expect(caseOf(breached[0]).timeline.at(-1)).toMatchObject({
			step: 'checkDeadlines',
			escalatedTo: 'duty-lead',
		});
		expect((breached[0].json.chat as { text: string }).text).toMatch(/Breached: First response/);
		expect(breached[0].json.id).toBe('x:30');

		const dueSoon = result.output('Second', 1);
		expect(dueSoon).toHaveLength(1);
		expect(dueSoon[0].json.alert).toMatchObject({
			kind: 'firstResponse',
			state: 'warning',
			level: 'high',
		});
		expect(dueSoon[0].pairedItem).toEqual({ item: 1 });
	});

	it('raises each alert once: a second run on its own output is quiet unless asked for every alert', async () => {
		const overdue = mention({ id: '33', level: 'critical', createdAt: ago(120) });
		const first = await output({ ...ROUTING }, [overdue]);
		const checked = await output(
			checkParams,
			first.map((item) => item.json),
		);
		expect(checked).toHaveLength(1);

		const again = await run(
			checkParams,
			checked.map((item) => item.json),
		);
		expect(again.output(STEP, 0)).toHaveLength(0);

		const repeated = await output(
			{ ...checkParams, onlyNewAlerts: false },
			checked.map((item) => item.json),
		);
		expect(repeated).toHaveLength(1);
		expect(repeated[0].json.alert).toMatchObject({ isNew: false, notify: 'duty-lead' });
		expect(caseOf(repeated[0]).timeline).toEqual(caseOf(checked[0]).timeline);
		expect(caseOf(repeated[0]).escalationIndex).toBe(1);
	});

	it('stops the first-response clock once the item says a reply went out', async () => {
		const answered = {
			...mention({ id: '34', level: 'critical', createdAt: ago(120) }),
			respondedAt: ago(110),
		};
		const result = await run(checkParams, [answered]);
		expect(result.output(STEP, 0)).toHaveLength(0);
	});

	it('warns earlier with a wider warning window, and follows the deadline policy', async () => {
		const high = mention({ id: '35', level: 'high', createdAt: ago(20) });
		expect((await run(checkParams, [high])).output(STEP, 1)).toHaveLength(0);
		expect(
			(await run({ ...checkParams, warningWindow: '45m' }, [high])).output(STEP, 1),
		).toHaveLength(1);
		const tight = await run({ ...checkParams, deadlinePolicy: { highFirstResponse: '10m' } }, [
			high,
		]);
		expect(tight.output(STEP, 0)).toHaveLength(1);
	});

	it('escapes a mention id built to ping the channel: the alert for its reply task is inert in Slack', async () => {
		const id = 'webhook:<!channel> <https://evil.example|Open case CD-1>';
		const hostile = { ...mention({ id: '37', level: 'critical', createdAt: ago(120) }), id };
		const result = await runWorkflow({
			...chain({ operation: 'respondToEvery' }, checkParams),
			input: [{ json: hostile }],
		});
		const alerts = result.output('Second', 0);
		const task = alerts.find((item) => (item.json.alert as { kind: string }).kind === 'task');
		expect(task?.json.alert).toMatchObject({ mentionId: id, state: 'breached' });
		for (const item of alerts) expectSafeChat(item.json.chat as unknown as ChatPayload, []);
		expect((task?.json.chat as { text: string }).text).toContain(
			'Reply to webhook:&lt;!channel&gt; &lt;https://evil.example|Open case CD-1&gt;',
		);
	});

	it('alerts each clock of an incident case once, though every task item from Respond to Every carries the case', async () => {
		const samples = [
			mention({ id: '38', level: 'critical', createdAt: ago(120) }),
			mention({ id: '39', level: 'critical', createdAt: ago(120) }),
		];
		const input = [
			{ json: incident({ level: 'critical', at: ago(120), since: ago(130) }, samples) },
		];
		const result = await runWorkflow({
			...chain({ operation: 'respondToEvery' }, checkParams),
			input,
		});
		const alerts = result
			.output('Second', 0)
			.map((item) => item.json.alert as { kind: string; mentionId?: string });
		expect(alerts.map((alert) => [alert.kind, alert.mentionId])).toEqual([
			['firstResponse', undefined],
			['task', 'x:38'],
			['task', 'x:39'],
		]);
	});

	it('with Continue On Fail a case it cannot read comes out on Breached with the error; the rest is checked', async () => {
		const overdue = mention({ id: '36', level: 'critical', createdAt: ago(120) });
		const badCase = {
			case: {
				caseId: 'CD-1',
				origin: { kind: 'mention', id: 'x' },
				level: 'urgent',
				openedAt: ago(5),
			},
		};
		const items = await output(checkParams, [badCase, overdue], 0, { continueOnFail: true });
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 1 }, { item: 0 }]);
		expect(items[1].json.error).toMatch(/^case\.level:/);
		const failed = await run(checkParams, [badCase, overdue]);
		expect(failed.error(STEP)?.message).toMatch(/^case\.level:/);
	});
});
