import { mention } from './fixtures/playbookItems';
import { node, runWorkflow } from './harness/engine';
import { STEP, step } from './harness/playbookStepRun';

describe('Playbook Step after Crisis Score, in one workflow', () => {
	it('scores real text and opens response tasks for the complaints', async () => {
		const raw = (id: string, text: string) => {
			const json = mention({ id, text, scored: false });
			delete json.language;
			return { json };
		};
		const result = await runWorkflow({
			nodes: [
				node('Crisis Score', 'crisisScore', { operation: 'score', routing: 'single' }),
				step({ operation: 'respondToEvery' }),
			],
			connections: { 'Crisis Score': { main: [[{ node: STEP, type: 'main', index: 0 }]] } },
			input: [
				raw('80', 'This is a SCAM. They charged me twice and refuse to refund, reporting them!!!'),
				raw('81', 'Lovely service today, thank you so much for the quick help!'),
			],
		});
		expect(result.output(STEP, 0).map((item) => item.json.id)).toEqual(['x:80']);
		expect(result.output(STEP, 1).map((item) => item.json.id)).toEqual(['x:81']);
	});
});
