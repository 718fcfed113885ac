import { DEFAULT_ESCALATION_POLICY } from '../../../nodes/core/modelReview/EscalationPolicy';
import { scoreAndEscalate } from '../../../nodes/core/modelReview/escalate';
import { reviewedCrisis } from '../../../nodes/core/modelReview/reviewedCrisis';
import { emptyUsage } from '../../../nodes/core/modelReview/ReviewUsage';
import { createReviewingScorer } from '../../../nodes/core/scoring/createScorer';
import type { ModelVerdict } from '../../../nodes/core/scoring/ModelVerdict';
import { computeRisk, levelOf } from '../../../nodes/core/scoring/risk';
import { DEFAULT_SCORING_SETTINGS } from '../../../nodes/core/scoring/scoringSettings';

const now = new Date('2025-03-01T12:00:00Z');
const scorer = createReviewingScorer();
const sarcasm: ModelVerdict = {
	label: 'negative',
	categories: ['delivery'],
	isComplaint: true,
	isSarcasm: true,
	language: 'en',
	reason: 'Sarcastic thanks for a late parcel.',
};

describe('a model verdict in the crisis score', () => {
	it('recomputes risk and level with the scorer rules from the model label and categories', () => {
		const input = {
			text: 'Oh great, thanks for nothing',
			followers: 20_000,
			tagged: true,
			createdAt: '2025-03-01T11:00:00Z',
		};
		const lexicon = scoreAndEscalate(scorer, input, now, DEFAULT_ESCALATION_POLICY);
		const judged = scorer.judge(input, now, sarcasm);
		const risk = computeRisk(
			{
				sentimentScore: -3,
				label: 'negative',
				categories: judged.categories,
				reach: lexicon.crisis.reach,
				tagged: true,
				verified: false,
				recency: judged.risk > 0 ? 1 : 0,
			},
			DEFAULT_SCORING_SETTINGS.weights,
		);
		expect(judged).toMatchObject({
			risk,
			level: levelOf(risk, DEFAULT_SCORING_SETTINGS.thresholds),
			language: 'en',
			sentiment: { score: -3, label: 'negative' },
			decidedBy: 'model',
		});
		expect(judged.risk).toBeGreaterThan(lexicon.crisis.risk);
		expect(judged.categories).toEqual([{ name: 'delivery', matches: [] }]);
		expect(judged.model).toEqual({ isComplaint: true, isSarcasm: true });
		expect(judged.reasons.slice(0, 3)).toEqual([
			'model (negative, sarcasm, complaint; language en): Sarcastic thanks for a late parcel.',
			`lexicon alone: ${lexicon.crisis.reasons[0]}`,
			'category delivery/shipping: named by the model',
		]);
		expect(judged.reasons.slice(3)).toEqual(lexicon.crisis.reasons.slice(1));
	});

	it('keeps the lexicon score and words where it agrees with the model', () => {
		const input = { text: 'My parcel never arrived, still waiting, awful' };
		const lexicon = scorer.score(input, now).crisis;
		const judged = scorer.judge(input, now, { ...sarcasm, isSarcasm: false });
		expect(judged.sentiment).toEqual(lexicon.sentiment);
		expect(judged.reasons[1]).toBe(lexicon.reasons[0]);
		expect(judged.categories).toEqual(lexicon.categories.filter((hit) => hit.name === 'delivery'));
	});

	it('scores a language the lexicon does not, reporting the language the model detected', () => {
		const input = { text: 'Das Paket ist nicht angekommen und niemand antwortet', followers: 500 };
		expect(scorer.score(input, now).crisis.sentiment.label).toBe('unscored');
		const judged = scorer.judge(input, now, {
			...sarcasm,
			isSarcasm: false,
			language: 'de',
			reason: 'Parcel missing, no answer.',
		});
		expect(judged).toMatchObject({
			language: 'de',
			sentiment: { score: -3, label: 'negative' },
			decidedBy: 'model',
		});
		expect(judged.risk).toBeGreaterThan(0);
		expect(judged.reasons).toEqual([
			'model (negative, complaint; language de): Parcel missing, no answer.',
			'lexicon: language not supported (only English and Turkish are scored)',
			'category delivery/shipping: named by the model',
			'500 followers',
		]);
	});

	it('marks a mention the lexicon decided, and says why an escalated one kept its score', () => {
		const usage = emptyUsage();
		const plain = scoreAndEscalate(
			scorer,
			{ text: 'Thank you, smooth flight' },
			now,
			DEFAULT_ESCALATION_POLICY,
		);
		expect(
			reviewedCrisis(scorer, { text: 'Thank you, smooth flight' }, now, plain, {
				verdict: undefined,
				unreviewed: undefined,
				usage,
			}),
		).toEqual({
			...plain.crisis,
			decidedBy: 'lexicon',
			modelUsage: usage,
		});
		const input = { text: 'Oh great, thanks for nothing' };
		const sent = scoreAndEscalate(scorer, input, now, DEFAULT_ESCALATION_POLICY);
		expect(
			reviewedCrisis(scorer, input, now, sent, {
				verdict: undefined,
				unreviewed: 'timeout',
				usage,
			}),
		).toMatchObject({
			decidedBy: 'lexicon',
			escalation: { reasons: ['mixed sentiment', 'irony marker'], unreviewed: 'timeout' },
		});
		expect(
			reviewedCrisis(scorer, input, now, sent, { verdict: sarcasm, unreviewed: undefined, usage }),
		).toMatchObject({
			decidedBy: 'model',
			escalation: { reasons: ['mixed sentiment', 'irony marker'] },
		});
	});
});
