import type { IConnections, IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { SYSTEM_PROMPT } from '../../nodes/core/modelReview/reviewPrompt';
import { modelReviewProperty } from '../../nodes/CrisisScore/descriptions/modelReview';
import { DEFAULT_ESCALATION_POLICY } from '../../nodes/core/modelReview/EscalationPolicy';
import { DEFAULT_REVIEW_BUDGET } from '../../nodes/core/modelReview/ReviewSettings';
import { loadPackage, node, runWorkflow, type WorkflowResult } from './harness/engine';
import {
	SCRIPTED_MODEL_TYPE,
	ScriptedChatModel,
	scriptedModelNodeType,
	type ModelScript,
} from './harness/scriptedChatModel';

const mention = (id: number, text: string, extra: IDataObject = {}) => ({
	json: {
		id: `demo:${id}`,
		source: 'demo',
		text,
		author: { handle: `user${id}`, followers: 1200 },
		tagged: true,
		query: 'skyways',
		...extra,
	},
});

/** Six mentions; the default policy sends 1 (irony), 2 (German), 4 (praise and blame) and 5 (negator). */
const MENTIONS: INodeExecutionData[] = [
	mention(0, 'My bag is lost and nobody answers. Worst airline ever!'),
	mention(1, 'Oh great, another 3-hour delay. Thanks for nothing @skyways'),
	mention(2, 'Das Paket ist nicht angekommen und niemand antwortet', { language: 'de' }),
	mention(3, 'Thank you, smooth flight and great crew!'),
	mention(4, 'Loved the crew, hated the seat'),
	mention(5, 'I do not hate it, call me on +44 7700 900123 or mail jo@example.org'),
];

interface AskedMention {
	id: string;
	text: string;
	languageHint?: string;
}

/** The verdicts the scripted model gives, by the start of the text it is asked about. */
const VERDICTS: Array<[string, IDataObject]> = [
	[
		'Oh great',
		{
			sentiment: 'negative',
			categories: ['delivery'],
			isComplaint: true,
			isSarcasm: true,
			language: 'en',
			reason: 'Sarcastic about a long delay.',
		},
	],
	[
		'Das Paket',
		{
			sentiment: 'negative',
			categories: ['delivery', 'service'],
			isComplaint: true,
			isSarcasm: false,
			language: 'de',
			reason: 'Parcel missing and no answer.',
		},
	],
	[
		'Loved the crew',
		{
			sentiment: 'negative',
			categories: ['quality'],
			isComplaint: true,
			isSarcasm: false,
			language: 'en',
			reason: 'Complains about the seat.',
		},
	],
	[
		'I do not hate it',
		{
			sentiment: 'positive',
			categories: [],
			isComplaint: false,
			isSarcasm: false,
			language: 'en',
			reason: 'Mildly positive.',
		},
	],
];

const answerAll = (user: string): string =>
	JSON.stringify(
		(JSON.parse(user) as AskedMention[]).map(({ id, text }) => ({
			id,
			...(VERDICTS.find(([start]) => text.startsWith(start))?.[1] ?? {}),
		})),
	);

const CONNECTIONS: IConnections = {
	'Scripted Chat Model': {
		ai_languageModel: [[{ node: 'Crisis Score', type: 'ai_languageModel', index: 0 }]],
	},
};

async function scoreWithModel(
	script: ModelScript | undefined,
	modelReview: INodeParameters = {},
	input = MENTIONS,
) {
	const model = script ? new ScriptedChatModel(script) : undefined;
	const nodes = [
		node('Crisis Score', 'crisisScore', { operation: 'score', routing: 'single', modelReview }),
	];
	if (model) nodes.push(node('Scripted Chat Model', SCRIPTED_MODEL_TYPE, {}));
	const result = await runWorkflow({
		nodes,
		input,
		connections: model ? CONNECTIONS : {},
		testNodeTypes: model ? { [SCRIPTED_MODEL_TYPE]: scriptedModelNodeType(model) } : {},
	});
	return { result, model, items: result.output('Crisis Score'), sent: model ? asked(model) : [] };
}

function asked(model: ScriptedChatModel): AskedMention[][] {
	return model.calls.map((call) => JSON.parse(call.user) as AskedMention[]);
}

const crisisOf = (item: INodeExecutionData) =>
	item.json.crisis as IDataObject & {
		decidedBy?: string;
		escalation?: IDataObject;
		modelUsage?: IDataObject;
	};
const hintsOf = (result: WorkflowResult) =>
	(result.run.data.resultData.runData['Crisis Score'][0].hints ?? []).map((hint) => hint.message);

describe('Crisis Score with a chat model on the Model input, in n8n-core WorkflowExecute', () => {
	it('offers an optional Model input for one chat model, with Model Review defaults equal to the core defaults', async () => {
		const { nodeTypes } = await loadPackage();
		const { description } = nodeTypes.getByNameAndVersion('n8n-nodes-crisis-desk.crisisScore', 1);
		expect(description.inputs).toEqual([
			'main',
			{ displayName: 'Model', type: 'ai_languageModel', maxConnections: 1, required: false },
		]);
		const defaults = Object.fromEntries(
			(modelReviewProperty.options ?? []).map((option) => [
				option.name,
				(option as { default: unknown }).default,
			]),
		);
		const { maxCalls, maxCharacters, batchSize, timeoutMs } = DEFAULT_REVIEW_BUDGET;
		expect(defaults).toEqual({
			...DEFAULT_ESCALATION_POLICY,
			maxCalls,
			maxCharacters,
			batchSize,
			timeoutSeconds: timeoutMs / 1000,
			stripPersonalData: true,
		});
	});

	it('sends exactly the mentions the policy picks, with personal data stripped, and scores them with the verdicts', async () => {
		const withModel = await scoreWithModel(answerAll);
		const without = await scoreWithModel(undefined);
		expect(withModel.model?.calls).toHaveLength(1);
		expect(withModel.model?.calls[0].system).toBe(SYSTEM_PROMPT);
		expect(withModel.sent).toEqual([
			[
				{
					id: 'm1',
					text: 'Oh great, another 3-hour delay. Thanks for nothing [handle]',
					languageHint: 'en',
				},
				{ id: 'm2', text: 'Loved the crew, hated the seat', languageHint: 'en' },
				{
					id: 'm3',
					text: 'Das Paket ist nicht angekommen und niemand antwortet',
					languageHint: 'de',
				},
				{
					id: 'm4',
					text: 'I do not hate it, call me on [phone] or mail [email]',
					languageHint: 'en',
				},
			],
		]);

		const crises = withModel.items.map(crisisOf);
		expect(crises.map((crisis) => crisis.decidedBy)).toEqual([
			'lexicon',
			'model',
			'model',
			'lexicon',
			'model',
			'model',
		]);
		// What the lexicon decided is its score as without a model, marked, with the execution's usage.
		for (const index of [0, 3]) {
			expect(crises[index]).toEqual({
				...crisisOf(without.items[index]),
				decidedBy: 'lexicon',
				modelUsage: crises[0].modelUsage,
			});
		}
		expect(crises[1]).toMatchObject({
			sentiment: { label: 'negative' },
			model: { isSarcasm: true, isComplaint: true },
			escalation: { reasons: ['irony marker'] },
		});
		expect((crises[1].reasons as string[])[0]).toBe(
			'model (negative, sarcasm, complaint; language en): Sarcastic about a long delay.',
		);
		expect(crises[2]).toMatchObject({
			language: 'de',
			sentiment: { label: 'negative', score: -3 },
			categories: [
				{ name: 'delivery', matches: [] },
				{ name: 'service', matches: [] },
			],
		});
		expect(crises[2].risk as number).toBeGreaterThan(crisisOf(without.items[2]).risk as number);
		expect(crises[5]).toMatchObject({
			sentiment: { label: 'positive' },
			escalation: { reasons: ['mixed sentiment', 'negator'] },
		});

		const usage = { calls: 1, escalated: 4, reviewed: 4, unreviewed: 0 };
		for (const crisis of crises) expect(crisis.modelUsage).toMatchObject(usage);
		const charactersSent = (crises[0].modelUsage as { charactersSent: number }).charactersSent;
		expect(charactersSent).toBe(
			SYSTEM_PROMPT.length + (withModel.model?.calls[0].user.length ?? 0),
		);
		expect(hintsOf(withModel.result)).toEqual([
			`Model review: 1 model call, ${charactersSent.toLocaleString('en-US')} characters sent, 4 of 4 escalated mentions reviewed`,
		]);
	});

	it('adds nothing at all without a model', async () => {
		const { items, result } = await scoreWithModel(undefined);
		for (const item of items)
			expect(Object.keys(crisisOf(item))).toEqual([
				'risk',
				'level',
				'language',
				'sentiment',
				'categories',
				'reach',
				'reasons',
			]);
		expect(hintsOf(result)).toEqual([]);
	});

	it('holds the call budget: the highest risks go first, the rest keep the lexicon score and are counted', async () => {
		const { model, items, result, sent } = await scoreWithModel(answerAll, {
			maxCalls: 1,
			batchSize: 2,
		});
		expect(model?.calls).toHaveLength(1);
		expect(sent[0].map(({ text }) => text)).toEqual([
			'Oh great, another 3-hour delay. Thanks for nothing [handle]',
			'Loved the crew, hated the seat',
		]);
		const crises = items.map(crisisOf);
		expect(crises.map((crisis) => crisis.decidedBy)).toEqual([
			'lexicon',
			'model',
			'lexicon',
			'lexicon',
			'model',
			'lexicon',
		]);
		expect(crises[2].escalation).toEqual({
			reasons: ['unsupported language'],
			unreviewed: 'call budget',
		});
		expect(crises[2].sentiment).toEqual({ score: 0, label: 'unscored' });
		expect(crises[0].modelUsage).toMatchObject({
			calls: 1,
			escalated: 4,
			reviewed: 2,
			unreviewed: 2,
			unreviewedBecause: { 'call budget': 2 },
		});
		expect(hintsOf(result)[0]).toMatch(
			/^Model review: 1 model call, [\d,]+ characters sent, 2 of 4 escalated mentions reviewed; 2 left to the lexicon \(call budget: 2\)$/,
		);
	});

	it('holds the character budget', async () => {
		const maxCharacters = SYSTEM_PROMPT.length + 200;
		const { model, items } = await scoreWithModel(answerAll, { maxCharacters });
		const usage = crisisOf(items[0]).modelUsage as {
			charactersSent: number;
			reviewed: number;
			unreviewedBecause: IDataObject;
		};
		expect(model?.calls.length).toBe(1);
		expect(usage.charactersSent).toBeLessThanOrEqual(maxCharacters);
		expect(usage.reviewed).toBe(2);
		expect(usage.unreviewedBecause['character budget']).toBe(2);
	});

	it('keeps the lexicon score for every mention when the answer is not JSON, and says so', async () => {
		const { items, result } = await scoreWithModel(() => 'Here you go: all negative!');
		const without = await scoreWithModel(undefined);
		items.forEach((item, index) => {
			const { decidedBy, escalation, modelUsage, ...crisis } = crisisOf(item);
			expect(crisis).toEqual(crisisOf(without.items[index]));
			expect(decidedBy).toBe('lexicon');
			if (escalation) expect(escalation.unreviewed).toBe('invalid answer');
			expect(modelUsage).toMatchObject({ calls: 1, reviewed: 0, unreviewed: 4 });
		});
		expect(hintsOf(result)[0]).toContain(
			"4 left to the lexicon (invalid answer: 4). the model's answer was not used: answer is not JSON",
		);
	});

	it('takes the valid verdicts of a partly valid answer in a ```json fence, and only those', async () => {
		const script: ModelScript = (user) => {
			const verdicts = JSON.parse(answerAll(user)) as IDataObject[];
			verdicts[1].categories = ['weather'];
			verdicts.pop();
			return `\`\`\`json\n${JSON.stringify(verdicts)}\n\`\`\``;
		};
		const { items } = await scoreWithModel(script);
		const crises = items.map(crisisOf);
		expect(crises.map((crisis) => crisis.decidedBy)).toEqual([
			'lexicon',
			'model',
			'model',
			'lexicon',
			'lexicon',
			'lexicon',
		]);
		expect(crises[4].escalation).toEqual({
			reasons: ['mixed sentiment'],
			unreviewed: 'invalid answer',
		});
		expect(crises[5].escalation).toEqual({
			reasons: ['mixed sentiment', 'negator'],
			unreviewed: 'invalid answer',
		});
	});

	it('gives up a slow call after the timeout and keeps the lexicon score', async () => {
		const slow: ModelScript = (user, _call, signal) =>
			new Promise((resolve) => {
				signal?.addEventListener('abort', () => resolve(answerAll(user)));
			});
		const { items, result } = await scoreWithModel(slow, { timeoutSeconds: 0.2, batchSize: 2 });
		const crises = items.map(crisisOf);
		expect(crises.every((crisis) => crisis.decidedBy === 'lexicon')).toBe(true);
		expect(crises[0].modelUsage).toMatchObject({
			calls: 2,
			reviewed: 0,
			unreviewedBecause: { timeout: 4 },
		});
		expect(hintsOf(result)[0]).toContain('the model did not answer within 200 ms');
	});

	it('keeps the lexicon score when the model fails, stops after two failures in a row, and names no secret', async () => {
		const failing: ModelScript = () => {
			throw Object.assign(new Error('Incorrect API key provided: sk-test-secret'), { status: 401 });
		};
		const { model, items, result } = await scoreWithModel(failing, { batchSize: 1 });
		expect(model?.calls).toHaveLength(2);
		expect(crisisOf(items[0]).modelUsage).toMatchObject({
			calls: 2,
			reviewed: 0,
			unreviewed: 4,
			unreviewedBecause: { 'model error': 4 },
		});
		expect(hintsOf(result)[0]).toContain('the model failed (Error, status 401)');
		expect(JSON.stringify(result.run.data.resultData.runData['Crisis Score'])).not.toContain(
			'sk-test-secret',
		);
	});

	it('gives the same results for the same answers', async () => {
		const first = await scoreWithModel(answerAll, { batchSize: 3 });
		const second = await scoreWithModel(answerAll, { batchSize: 3 });
		expect(second.items).toEqual(first.items);
		expect(second.sent).toEqual(first.sent);
	});

	it('scores with the model in Detect Crisis too', async () => {
		const model = new ScriptedChatModel(answerAll);
		const result = await runWorkflow({
			nodes: [
				node('Crisis Score', 'crisisScore', { operation: 'detect', routing: 'single' }),
				node('Scripted Chat Model', SCRIPTED_MODEL_TYPE, {}),
			],
			input: MENTIONS,
			connections: CONNECTIONS,
			testNodeTypes: { [SCRIPTED_MODEL_TYPE]: scriptedModelNodeType(model) },
		});
		expect(result.error('Crisis Score')).toBeUndefined();
		expect(model.calls).toHaveLength(1);
		expect(hintsOf(result)[0]).toContain('4 of 4 escalated mentions reviewed');
	});

	it('refuses a node on the Model input that is not a chat model', async () => {
		const notAModel = {
			...scriptedModelNodeType(new ScriptedChatModel(answerAll)),
			supplyData: async () => ({ response: { name: 'not a model' } }),
		};
		const result = await runWorkflow({
			nodes: [
				node('Crisis Score', 'crisisScore', { operation: 'score' }),
				node('Scripted Chat Model', SCRIPTED_MODEL_TYPE, {}),
			],
			input: MENTIONS,
			connections: CONNECTIONS,
			testNodeTypes: { [SCRIPTED_MODEL_TYPE]: notAModel },
		});
		expect(result.error('Crisis Score')?.message).toBe(
			'The node on the Model input is not a chat model',
		);
	});
});
