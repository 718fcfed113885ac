import {
	expectSucceeded,
	type ExecutionResult,
	output,
	runManually,
	waitForExecution,
} from '../harness/manualRun';
import { executeWithCli, type Instance } from '../harness/n8nInstance';
import { ownerRest } from '../harness/ownerSession';

/** The Quick Start template's suites against an n8n of `version` (the instance is resolved when they run). */
export function describeQuickStart(version: string, target: () => Instance): void {
	// Run in the server like the editor's Execute workflow: `n8n execute --rawOutput` exits before a pipe
	// drains, and this run's JSON (some 800 kB) came back cut short.
	describe(`template: Quick Start, run in a real n8n ${version}`, () => {
		let run: ExecutionResult;

		beforeAll(async () => {
			run = await runManually(await ownerRest(target()), 'CrisisDeskQuickStart', 'Run Demo');
			expectSucceeded(run);
		});

		it('fetches demo mentions and scores them into the four level outputs', () => {
			const mentions = output(run, 'Demo Mentions');
			expect(mentions.length).toBeGreaterThan(10);
			const levels = ['critical', 'high', 'medium', 'low'];
			const outputs = levels.map((_level, index) => output(run, 'Crisis Score', index));
			expect(outputs.flat()).toHaveLength(mentions.length);
			outputs.forEach((items, index) => {
				for (const item of items)
					expect((item.crisis as { level: string }).level).toBe(levels[index]);
			});
			expect(outputs[0].length + outputs[1].length).toBeGreaterThan(0);
		});

		it('runs the playbook on the critical mentions: brief, deadlines, owner, holding statement', () => {
			expect(output(run, 'Crisis Score', 0).length).toBeGreaterThan(0);
			const brief = output(run, 'Assess');
			expect(brief).toHaveLength(1);
			expect(brief[0].markdown).toEqual(expect.stringContaining('acme'));
			const timed = output(run, 'Set Deadline')[0] as {
				case: { level: string };
				deadlines: { firstResponseDue: string; timeZone: string; roundTheClock: boolean };
			};
			expect(timed.case.level).toBe('critical');
			expect(timed.deadlines).toMatchObject({ timeZone: 'Europe/Istanbul', roundTheClock: true });
			const owned = output(run, 'Assign')[0] as {
				case: { owner: { person: string; team: string } };
				assignment: { escalationChain: string[] };
			};
			expect(owned.case.owner).toMatchObject({ person: 'demo-owner', team: 'social-care' });
			expect(owned.assignment.escalationChain).toEqual(['duty-lead']);
			const drafted = output(run, 'Holding Statement')[0] as {
				drafts: { holdingStatement: string };
				case: { deadlines: { firstResponseDue: string }; timeline: Array<{ step: string }> };
			};
			expect(drafted.drafts.holdingStatement).toContain('Acme');
			expect(drafted.case.deadlines.firstResponseDue).toBe(timed.deadlines.firstResponseDue);
			expect(drafted.case.timeline.map((entry) => entry.step)).toEqual(
				expect.arrayContaining(['assess', 'setDeadline', 'assign', 'acknowledge']),
			);
		});
	});

	describe(`template: Quick Start schedule, run in a real n8n ${version}`, () => {
		// The schedule sits in a workflow of its own, so that the Quick Start's main button runs Run Demo.
		it('runs the Quick Start as a sub-workflow through its When Run by the Schedule trigger, the whole playbook included', async () => {
			const rest = await ownerRest(target());
			const quickStartRuns = async () =>
				(
					await rest.call<{ results: Array<{ id: string; mode: string }> }>(
						'GET',
						`/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId: 'CrisisDeskQuickStart' }))}`,
					)
				).results;
			const known = new Set((await quickStartRuns()).map((execution) => execution.id));

			const scheduled = await runManually(rest, 'CrisisDeskQuickSched', 'Every 10 Minutes');
			expectSucceeded(scheduled);
			expect(output(scheduled, 'Run the Quick Start').length).toBeGreaterThan(0);

			const fresh = (await quickStartRuns()).filter((execution) => !known.has(execution.id));
			expect(fresh.map((execution) => execution.mode)).toEqual(['integrated']);
			const run = await waitForExecution(rest, fresh[0].id);
			expectSucceeded(run);
			expect(output(run, 'When Run by the Schedule')).toHaveLength(1);
			expect(output(run, 'Assess')).toHaveLength(1);
			expect(output(run, 'Holding Statement')).toHaveLength(1);
		});
	});

	describe(`template: Quick Start, run by the n8n CLI of ${version}`, () => {
		it('`n8n execute --id` runs it to success and the stored execution holds the scored mentions', async () => {
			const rest = await ownerRest(target());
			const before = await rest.call<{ results: Array<{ id: string }> }>(
				'GET',
				`/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId: 'CrisisDeskQuickStart' }))}`,
			);
			const known = new Set(before.results.map((execution) => execution.id));

			const cli = await executeWithCli('CrisisDeskQuickStart', target());
			expect({
				status: cli.status,
				signal: cli.signal,
				output: cli.status === 0 ? '' : cli.output,
			}).toEqual({
				status: 0,
				signal: null,
				output: '',
			});

			const after = await rest.call<{ results: Array<{ id: string; mode: string }> }>(
				'GET',
				`/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId: 'CrisisDeskQuickStart' }))}`,
			);
			const fresh = after.results.filter((execution) => !known.has(execution.id));
			expect(fresh.map((execution) => execution.mode)).toEqual(['cli']);
			const run = await waitForExecution(rest, fresh[0].id);
			expectSucceeded(run);
			const mentions = output(run, 'Demo Mentions');
			expect(mentions.length).toBeGreaterThan(10);
			const scored = [0, 1, 2, 3].flatMap((index) => output(run, 'Crisis Score', index));
			expect(scored).toHaveLength(mentions.length);
			expect(output(run, 'Assess')).toHaveLength(1);
		});
	});
}
