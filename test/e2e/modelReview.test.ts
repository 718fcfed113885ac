import { SYSTEM_PROMPT } from '../../nodes/core/modelReview/reviewPrompt';
import { expectSucceeded, output, runManually } from './harness/manualRun';
import { MastodonStandIn, status } from './harness/mastodonStandIn';
import type { N8nRest } from './harness/n8nRest';
import { setParameters, useCredential } from './harness/n8nRest';
import { OpenAiStandIn, type ChatScript } from './harness/openAiStandIn';
import { ownerRest } from './harness/ownerSession';

const TEMPLATE = 'CrisisDeskModelReview';
const API_KEY = 'sk-e2e-model-review';

interface AskedMention {
	id: string;
	text: string;
	languageHint?: string;
}

interface CrisisJson {
	decidedBy: string;
	language: string;
	sentiment: { label: string; score: number };
	categories: Array<{ name: string }>;
	reasons: string[];
	model?: { isSarcasm: boolean };
	escalation?: { reasons: string[]; unreviewed?: string };
	modelUsage: {
		calls: number;
		charactersSent: number;
		escalated: number;
		reviewed: number;
		unreviewed: number;
	};
}

/** The verdicts the scripted model gives, by the start of the text it is asked about. */
const VERDICTS: Array<[string, object]> = [
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
			categories: ['delivery'],
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
];

const answerFromScript: ChatScript = (request) => {
	const asked = JSON.parse(request.messages[request.messages.length - 1].content) as AskedMention[];
	return JSON.stringify(
		asked.map(({ id, text }) => ({
			id,
			...(VERDICTS.find(([start]) => text.startsWith(start))?.[1] ?? {}),
		})),
	);
};

describe("template: Crisis Score with a language model, n8n's OpenAI Chat Model node against a loopback chat-completions API", () => {
	let rest: N8nRest;
	let mastodon: MastodonStandIn;
	let openAi: OpenAiStandIn;

	beforeAll(async () => {
		rest = await ownerRest();
		[mastodon, openAi] = await Promise.all([
			MastodonStandIn.start([
				status('501', 'angry', 'My bag is lost and nobody answers. Worst airline ever! @acme', 10),
				status(
					'502',
					'ironic',
					'Oh great, another 3-hour delay. Thanks for nothing @acme, mail me at jo@example.org',
					11,
				),
				status(
					'503',
					'berlin',
					'Das Paket ist nicht angekommen und niemand antwortet, ruft mich an: +49 30 1234 5678',
					12,
				),
				status('504', 'fan', 'Thank you, smooth flight and great crew!', 13, false),
				status('505', 'mixed', 'Loved the crew, hated the seat', 14, false),
			]),
			OpenAiStandIn.start(answerFromScript),
		]);
		const mastodonId = await rest.createCredential('mastodonApi', 'Mastodon (model review e2e)', {
			baseUrl: mastodon.url,
			accessToken: '',
		});
		const openAiId = await rest.createCredential('openAiApi', 'OpenAI (model review e2e)', {
			apiKey: API_KEY,
			url: openAi.baseUrl,
		});
		await rest.editWorkflow(TEMPLATE, (workflow) => {
			setParameters(workflow, 'Fetch Mentions', { sinceHours: 0 });
			useCredential(workflow, 'Fetch Mentions', 'mastodonApi', mastodonId);
			useCredential(workflow, 'OpenAI Chat Model', 'openAiApi', openAiId);
		});
	});

	afterAll(async () => {
		await Promise.all([mastodon?.stop(), openAi?.stop()]);
	});

	it('sends only the escalated mentions, stripped, in one call, and scores them with the answers', async () => {
		const run = await runManually(rest, TEMPLATE);
		expectSucceeded(run);

		expect(openAi.paths).toEqual(['POST /v1/chat/completions']);
		const [request] = openAi.requests;
		expect(request.authorization).toBe(`Bearer ${API_KEY}`);
		expect(request.model).toBe('gpt-4o-mini');
		expect(request.messages.map((message) => message.role)).toEqual(['system', 'user']);
		expect(request.messages[0].content).toBe(SYSTEM_PROMPT);
		const asked = JSON.parse(request.messages[1].content) as AskedMention[];
		expect(asked.map(({ text }) => text).sort()).toEqual([
			'Das Paket ist nicht angekommen und niemand antwortet, ruft mich an: [phone]',
			'Loved the crew, hated the seat',
			'Oh great, another 3-hour delay. Thanks for nothing [handle], mail me at [email]',
		]);
		expect(request.messages[1].content).not.toMatch(/@acme|jo@example|1234 5678/);

		const scored = output(run, 'Crisis Score');
		const crisisOf = (id: string) =>
			scored.find((mention) => mention.id === `mastodon:${id}`)?.crisis as CrisisJson;
		expect(['501', '502', '503', '504', '505'].map((id) => crisisOf(id).decidedBy)).toEqual([
			'lexicon',
			'model',
			'model',
			'lexicon',
			'model',
		]);
		expect(crisisOf('502')).toMatchObject({
			sentiment: { label: 'negative' },
			model: { isSarcasm: true },
			escalation: { reasons: ['irony marker'] },
		});
		expect(crisisOf('502').reasons[0]).toBe(
			'model (negative, sarcasm, complaint; language en): Sarcastic about a long delay.',
		);
		expect(crisisOf('503')).toMatchObject({
			language: 'de',
			sentiment: { label: 'negative', score: -3 },
			categories: [{ name: 'delivery' }],
		});
		expect(crisisOf('505').sentiment.label).toBe('negative');
		for (const mention of scored) {
			expect((mention.crisis as CrisisJson).modelUsage).toMatchObject({
				calls: 1,
				escalated: 3,
				reviewed: 3,
				unreviewed: 0,
			});
		}
		expect((scored[0].crisis as CrisisJson).modelUsage.charactersSent).toBe(
			SYSTEM_PROMPT.length + request.messages[1].content.length,
		);
		expect(
			output(run, 'Decided by the Model')
				.map((mention) => mention.id)
				.sort(),
		).toEqual(['mastodon:502', 'mastodon:503', 'mastodon:505']);
		expect(JSON.stringify(run.runData)).not.toContain(API_KEY);
	});
});
