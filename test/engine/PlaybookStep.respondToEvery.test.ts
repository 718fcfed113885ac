import type { IDataObject } from 'n8n-workflow';

import { mention, incident } from './fixtures/playbookItems';
import { STEP, run, output, caseOf } from './harness/playbookStepRun';

describe('Playbook Step: Respond to Every Mention', () => {
	const negative = mention({ id: '50', level: 'medium', categories: ['delivery'] });
	const praise = mention({
		id: '51',
		level: 'low',
		label: 'positive',
		text: 'Quick delivery, thank you Acme!',
	});
	const unscored = mention({ id: '52', scored: false, text: 'Paket nerede?' });

	it('a task with a due time and a draft reply for every mention that needs one; the others on the second output', async () => {
		const result = await run({ operation: 'respondToEvery' }, [negative, praise, unscored]);
		const tasks = result.output(STEP, 0);
		const skipped = result.output(STEP, 1);
		expect(tasks.map((item) => item.json.id)).toEqual(['x:50', 'x:52']);
		expect(tasks.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
		expect(tasks[0].json.task).toMatchObject({ mentionId: 'x:50', status: 'open', channel: 'x' });
		expect(tasks[0].json.reply).toMatchObject({ channel: 'x', inReplyTo: 'x:50' });
		expect((tasks[0].json.reply as { text: string }).text).toMatch(
			/^@user50, thank you for telling us/,
		);
		expect((tasks[0].json.ticket as IDataObject).dueAt).toBe(
			(tasks[0].json.task as IDataObject).dueAt,
		);
		expect(tasks[1].json.reason).toMatch(/not scored/);
		expect(skipped).toHaveLength(1);
		expect(skipped[0].json).toMatchObject({ id: 'x:51', reason: 'positive sentiment, low risk' });
		expect(skipped[0].pairedItem).toEqual({ item: 1 });
	});

	it('follows tone, minimum level and unscored settings', async () => {
		const warm = await output({ operation: 'respondToEvery', tone: 'warm' }, [negative]);
		expect((warm[0].json.reply as { text: string }).text).toMatch(/thanks for letting us know/);

		const result = await run(
			{ operation: 'respondToEvery', respondOptions: { includeUnscored: false, minLevel: 'low' } },
			[praise, unscored],
		);
		expect(result.output(STEP, 0).map((item) => item.json.id)).toEqual(['x:51']);
		expect(result.output(STEP, 1).map((item) => item.json.id)).toEqual(['x:52']);
	});

	it('with Language auto, a Turkish rewrite is used for Turkish mentions and the all-language one for the rest', async () => {
		const turkish = mention({
			id: '54',
			language: 'tr',
			level: 'medium',
			text: 'Kargom hâlâ gelmedi',
		});
		const templateOverrides = {
			template: [
				{
					language: '',
					name: 'responseReply',
					tone: 'both',
					text: 'On it, {{author}} ({{caseId}}).',
				},
				{
					language: 'tr',
					name: 'responseReply',
					tone: 'formal',
					text: 'Bakıyoruz {{author}}, dosya {{caseId}}, yanıt {{deadline}}.',
				},
			],
		};
		const tasks = await output({ operation: 'respondToEvery', templateOverrides }, [
			negative,
			turkish,
		]);
		const replies = tasks.map((item) => (item.json.reply as { text: string }).text);
		expect(replies[0]).toBe(`On it, @user50 (${caseOf(tasks[0]).caseId}).`);
		expect(replies[1]).toMatch(
			new RegExp(
				`^Bakıyoruz @user54, dosya ${caseOf(tasks[1]).caseId}, yanıt \\d+ \\S+, \\d\\d:\\d\\d GMT\\+3\\.$`,
			),
		);
		// The Turkish rewrite is for the formal tone only; warm Turkish drafts fall back to the all-language one.
		const warm = await output({ operation: 'respondToEvery', templateOverrides, tone: 'warm' }, [
			turkish,
		]);
		expect((warm[0].json.reply as { text: string }).text).toMatch(/^On it, @user54/);
	});

	it('inside an incident every task goes on the incident case, samples included', async () => {
		const second = mention({ id: '53', level: 'high', categories: ['delivery'] });
		const result = await run({ operation: 'respondToEvery' }, [incident({}, [second]), negative]);
		const tasks = result.output(STEP, 0);
		expect(tasks.map((item) => item.json.id)).toEqual(['x:50', 'x:53']);
		expect(new Set(tasks.map((item) => caseOf(item).caseId)).size).toBe(1);
		expect(caseOf(tasks[0]).tasks.map((task) => task.mentionId)).toEqual(['x:50', 'x:53']);
		expect(tasks[1].pairedItem).toEqual({ item: 0 });
	});

	it('does not add a second task or timeline entry when run again on its own output', async () => {
		const first = await output({ operation: 'respondToEvery' }, [negative]);
		const again = await output(
			{ operation: 'respondToEvery' },
			first.map((item) => item.json),
		);
		expect(caseOf(again[0]).tasks).toHaveLength(1);
		expect(caseOf(again[0]).timeline).toEqual(caseOf(first[0]).timeline);
	});
});
