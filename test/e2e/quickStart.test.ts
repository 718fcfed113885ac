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
});
