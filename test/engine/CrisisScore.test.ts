import { DEFAULT_SCORING_SETTINGS } from '../../nodes/core/scoring/scoringSettings';
import { scoringProperties as crisisScoreProperties } from '../../nodes/CrisisScore/descriptions/scoring';
import { node, runWorkflow } from './harness/engine';

const complaint = {
	id: 'demo:1',
	source: 'demo',
	text: 'This is a SCAM. They stole my money and will not refund me. Never again, reporting to my lawyer!!!',
	createdAt: new Date().toISOString(),
	author: { handle: 'angry_customer', followers: 48000, verified: true },
	engagement: { likes: 900, replies: 120, shares: 400 },
	tagged: true,
	query: 'acme',
};
const praise = {
	...complaint,
	id: 'demo:2',
	text: 'Great service today, thank you so much for the quick help!',
	author: { handle: 'happy', followers: 10 },
	engagement: { likes: 0, replies: 0, shares: 0 },
	tagged: false,
};

function scoreNode(parameters: Record<string, unknown> = {}, extra = {}) {
	return node('Crisis Score', 'crisisScore', { operation: 'score', ...parameters }, extra);
}

describe('Crisis Score: Score Mentions, in n8n-core WorkflowExecute', () => {
	it('adds crisis to every item and routes by level with pairedItem', async () => {
		const result = await runWorkflow({
			nodes: [scoreNode()],
			input: [{ json: complaint }, { json: praise }],
		});
		const outputs = [0, 1, 2, 3].map((index) => result.output('Crisis Score', index));
		const all = outputs.flat();
		expect(all).toHaveLength(2);
		const levels = ['critical', 'high', 'medium', 'low'];
		outputs.forEach((items, index) => {
			for (const item of items)
				expect((item.json.crisis as { level: string }).level).toBe(levels[index]);
		});
		const scoredComplaint = all.find((item) => item.json.id === 'demo:1')!;
		const scoredPraise = all.find((item) => item.json.id === 'demo:2')!;
		expect(scoredComplaint.pairedItem).toEqual({ item: 0 });
		expect(scoredPraise.pairedItem).toEqual({ item: 1 });
		const risk = (item: (typeof all)[number]) => (item.json.crisis as { risk: number }).risk;
		expect(risk(scoredComplaint)).toBeGreaterThan(risk(scoredPraise));
		expect((scoredComplaint.json.crisis as { reasons: string[] }).reasons.length).toBeGreaterThan(
			0,
		);
		expect(scoredComplaint.json.author).toEqual(complaint.author);
	});

	it('puts every item on one output when Output is Single Output', async () => {
		const result = await runWorkflow({
			nodes: [scoreNode({ routing: 'single' })],
			input: [{ json: complaint }, { json: praise }],
		});
		expect(result.output('Crisis Score', 0)).toHaveLength(2);
		expect(result.run.data.resultData.runData['Crisis Score'][0].data!.main).toHaveLength(1);
	});

	it('moves items between outputs when thresholds change', async () => {
		const everythingCritical = await runWorkflow({
			nodes: [
				scoreNode({
					scoringOptions: { thresholdMedium: 0, thresholdHigh: 0, thresholdCritical: 0 },
				}),
			],
			input: [{ json: complaint }, { json: praise }],
		});
		expect(everythingCritical.output('Crisis Score', 0)).toHaveLength(2);
	});

	it('scores items from other tools through Field Mapping', async () => {
		const foreign = {
			body: { message: 'Worst airline ever, lost my bag and no one answers' },
			ts: complaint.createdAt,
		};
		const result = await runWorkflow({
			nodes: [
				scoreNode({ routing: 'single', fieldMapping: { text: 'body.message', createdAt: 'ts' } }),
			],
			input: [{ json: foreign }],
		});
		const [item] = result.output('Crisis Score');
		expect((item.json.crisis as { sentiment: { label: string } }).sentiment.label).toBe('negative');
		expect(item.json.body).toEqual(foreign.body);
	});

	it('custom keywords add a category hit naming the word', async () => {
		const text = { ...praise, text: 'The zorblax module made my account vanish' };
		const withKeyword = await runWorkflow({
			nodes: [
				scoreNode({
					routing: 'single',
					customKeywords: { category: [{ name: 'privacy', keywords: 'zorblax' }] },
				}),
			],
			input: [{ json: text }],
		});
		const categories = (
			withKeyword.output('Crisis Score')[0].json.crisis as {
				categories: Array<{ name: string; matches: string[] }>;
			}
		).categories;
		expect(categories.find((category) => category.name === 'privacy')?.matches).toContain(
			'zorblax',
		);
	});

	it('fails the execution naming the field when text is missing', async () => {
		const result = await runWorkflow({
			nodes: [scoreNode()],
			input: [{ json: complaint }, { json: { id: 'x', text: 42 } }],
		});
		const error = result.error('Crisis Score');
		expect(error?.message).toMatch(/"text" must be a string/);
		expect(error?.message).toMatch(/item 1/);
	});

	it('with continueOnFail the bad item carries the error and the good one is still scored', async () => {
		const result = await runWorkflow({
			nodes: [scoreNode({ routing: 'single' }, { continueOnFail: true })],
			input: [{ json: { id: 'bad' } }, { json: complaint }],
		});
		const items = result.output('Crisis Score');
		expect(items).toHaveLength(2);
		expect(items[0].json.error).toMatch(/"text" is missing/);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1].json.crisis).toBeDefined();
	});

	it('rejects thresholds out of range with a clear message', async () => {
		const result = await runWorkflow({
			nodes: [scoreNode({ scoringOptions: { thresholdHigh: 150 } })],
			input: [{ json: complaint }],
		});
		expect(result.error('Crisis Score')?.message).toMatch(/thresholds\.high/);
	});

	it('stops with a message naming an operation it does not know (only a hand-edited workflow has one)', async () => {
		const result = await runWorkflow({
			nodes: [scoreNode({ operation: 'translate' })],
			input: [{ json: complaint }],
		});
		expect(result.error('Crisis Score')?.message).toBe(
			'The operation "translate" is not known to Crisis Score',
		);
	});

	it('shows the scoring core defaults in the editor', () => {
		const options = crisisScoreProperties.find((p) => p.name === 'scoringOptions')!
			.options as Array<{
			name: string;
			default: unknown;
		}>;
		const shown = Object.fromEntries(options.map((option) => [option.name, option.default]));
		expect(shown.thresholdMedium).toBe(DEFAULT_SCORING_SETTINGS.thresholds.medium);
		expect(shown.thresholdHigh).toBe(DEFAULT_SCORING_SETTINGS.thresholds.high);
		expect(shown.thresholdCritical).toBe(DEFAULT_SCORING_SETTINGS.thresholds.critical);
		expect(shown.weightSentiment).toBe(DEFAULT_SCORING_SETTINGS.weights.sentiment);
		expect(shown.weightCategories).toBe(DEFAULT_SCORING_SETTINGS.weights.categories);
		expect(shown.weightReach).toBe(DEFAULT_SCORING_SETTINGS.weights.reach);
		expect(shown.weightTagged).toBe(DEFAULT_SCORING_SETTINGS.weights.tagged);
		expect(shown.weightVerified).toBe(DEFAULT_SCORING_SETTINGS.weights.verified);
		expect(shown.weightRecency).toBe(DEFAULT_SCORING_SETTINGS.weights.recency);
		expect(shown.language).toBe(DEFAULT_SCORING_SETTINGS.language);
	});
});
