import { executeWorkflow } from './harness/n8nInstance';

interface RunData {
	data: { resultData: { runData: Record<string, Array<{ data: { main: Array<Array<{ json: Record<string, unknown> }>> } }>> } };
}

describe('template: Quick Start, executed by the n8n CLI', () => {
	it('fetches demo mentions and scores them into the four level outputs', () => {
		const run = executeWorkflow('CrisisDeskQuickStart') as RunData;
		const runData = run.data.resultData.runData;
		const mentions = runData['Demo Mentions'][0].data.main[0];
		expect(mentions.length).toBeGreaterThan(10);
		const outputs = runData['Crisis Score'][0].data.main;
		expect(outputs).toHaveLength(4);
		const scored = outputs.flat();
		expect(scored).toHaveLength(mentions.length);
		const levels = ['critical', 'high', 'medium', 'low'];
		outputs.forEach((items, index) => {
			for (const item of items) expect((item.json.crisis as { level: string }).level).toBe(levels[index]);
		});
		expect(outputs[0].length + outputs[1].length).toBeGreaterThan(0);
	});

	it('runs the playbook on the critical mentions: brief, deadlines, owner, holding statement', () => {
		const run = executeWorkflow('CrisisDeskQuickStart') as RunData;
		const runData = run.data.resultData.runData;
		const first = (node: string) => runData[node][0].data.main[0];
		expect(runData['Crisis Score'][0].data.main[0].length).toBeGreaterThan(0);

		const brief = first('Assess');
		expect(brief).toHaveLength(1);
		expect(brief[0].json.markdown).toEqual(expect.stringContaining('acme'));
		const timed = first('Set Deadline')[0].json as { case: { level: string }; deadlines: { firstResponseDue: string; timeZone: string; roundTheClock: boolean } };
		expect(timed.case.level).toBe('critical');
		expect(timed.deadlines).toMatchObject({ timeZone: 'Europe/Istanbul', roundTheClock: true });
		const owned = first('Assign')[0].json as { case: { owner: { person: string; team: string } }; assignment: { escalationChain: string[] } };
		expect(owned.case.owner).toMatchObject({ person: 'demo-owner', team: 'social-care' });
		expect(owned.assignment.escalationChain).toEqual(['duty-lead']);
		const drafted = first('Holding Statement')[0].json as { drafts: { holdingStatement: string }; case: { deadlines: { firstResponseDue: string }; timeline: Array<{ step: string }> } };
		expect(drafted.drafts.holdingStatement).toContain('Acme');
		expect(drafted.case.deadlines.firstResponseDue).toBe(timed.deadlines.firstResponseDue);
		expect(drafted.case.timeline.map((entry) => entry.step)).toEqual(expect.arrayContaining(['assess', 'setDeadline', 'assign', 'acknowledge']));
	});
});
