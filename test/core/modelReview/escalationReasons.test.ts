import {
	DEFAULT_ESCALATION_POLICY,
	type EscalationPolicy,
} from '../../../nodes/core/modelReview/EscalationPolicy';
import { scoreAndEscalate } from '../../../nodes/core/modelReview/escalate';
import { escalationReasons } from '../../../nodes/core/modelReview/escalationReasons';
import {
	createReviewingScorer,
	createScorer,
	type ScoringInput,
} from '../../../nodes/core/scoring/createScorer';
import type { CrisisScore } from '../../../nodes/core/scoring/CrisisScore';

const now = new Date('2025-03-01T12:00:00Z');
const scorer = createReviewingScorer();
const reasonsFor = (input: ScoringInput, policy: EscalationPolicy = DEFAULT_ESCALATION_POLICY) =>
	scoreAndEscalate(scorer, input, now, policy).escalation;

const crisisWith = (change: Partial<CrisisScore>): CrisisScore => ({
	risk: 10,
	level: 'low',
	language: 'en',
	sentiment: { score: -2, label: 'negative' },
	categories: [],
	reach: 0,
	reasons: [],
	...change,
});
const quiet = { terms: 1, labelMargin: 3, mixed: false, negated: false };

describe('escalation policy', () => {
	it('scores exactly as createScorer does', () => {
		const plain = createScorer();
		for (const text of [
			'@shop never again, scam!',
			'Kargo gelmedi',
			'Das Paket ist nicht angekommen und niemand antwortet',
			'great, thanks',
		]) {
			expect(scorer.score({ text, followers: 5000, tagged: true }, now).crisis).toEqual(
				plain({ text, followers: 5000, tagged: true }, now),
			);
		}
	});

	it('sends what the lexicon cannot read: another language, irony, praise and blame cancelling out, a negator in a text it did not call negative', () => {
		expect(reasonsFor({ text: 'Das Paket ist nicht angekommen und niemand antwortet' })).toEqual([
			'unsupported language',
		]);
		expect(reasonsFor({ text: 'Oh great, thanks for nothing' })).toContain('irony marker');
		expect(reasonsFor({ text: 'Loved the crew, hated the seat' })).toEqual(['mixed sentiment']);
		expect(reasonsFor({ text: 'I do not hate it' })).toEqual(['negator']);
	});

	it('keeps the lexicon for clear cases', () => {
		for (const text of [
			'My bag is lost and nobody answers. Worst airline ever!',
			'Thank you, great crew and a smooth flight!',
			'Is the lounge open today?',
			'Kargo hâlâ gelmedi, rezalet!',
		]) {
			expect(reasonsFor({ text })).toEqual([]);
		}
	});

	it('sends high stakes: a high-stakes category or a high reach', () => {
		expect(reasonsFor({ text: 'This is a scam, I will sue you' })).toContain(
			'high-stakes category',
		);
		expect(reasonsFor({ text: 'Nice flight', followers: 10_000_000 })).toEqual(['high reach']);
		expect(
			reasonsFor(
				{ text: 'Nice flight', followers: 10_000_000 },
				{ ...DEFAULT_ESCALATION_POLICY, reachAtLeast: 0 },
			),
		).toEqual([]);
	});

	it('sends a risk within the margin of a level threshold, on either side', () => {
		const thresholds = { medium: 30, high: 55, critical: 80 };
		const policy = { ...DEFAULT_ESCALATION_POLICY, nearThreshold: 2 };
		const near = (risk: number) =>
			escalationReasons(
				{ crisis: crisisWith({ risk }), signals: quiet, ironyMarkers: 0 },
				policy,
				thresholds,
			);
		expect([27, 28, 29, 30, 31, 32, 53, 56, 79].map((risk) => near(risk).length > 0)).toEqual([
			false,
			true,
			true,
			true,
			true,
			false,
			true,
			true,
			true,
		]);
	});

	it('sends a weak score only when switched on, and only with lexicon words', () => {
		const thresholds = { medium: 30, high: 55, critical: 80 };
		const weak = { terms: 1, labelMargin: 0.2, mixed: false, negated: false };
		const facts = { crisis: crisisWith({}), signals: weak, ironyMarkers: 0 };
		expect(escalationReasons(facts, DEFAULT_ESCALATION_POLICY, thresholds)).toEqual([]);
		expect(
			escalationReasons(facts, { ...DEFAULT_ESCALATION_POLICY, weakSentiment: 0.5 }, thresholds),
		).toEqual(['weak sentiment']);
		expect(
			escalationReasons(
				{ ...facts, signals: { ...weak, terms: 0 } },
				{ ...DEFAULT_ESCALATION_POLICY, weakSentiment: 0.5 },
				thresholds,
			),
		).toEqual([]);
	});

	it('never sends everything by default, and does when asked', () => {
		expect(DEFAULT_ESCALATION_POLICY.everything).toBe(false);
		expect(
			reasonsFor({ text: 'My bag is lost' }, { ...DEFAULT_ESCALATION_POLICY, everything: true }),
		).toEqual(['everything']);
	});

	it('reports its certainty signals from the lexicon', () => {
		expect(scorer.score({ text: 'Loved the crew, hated the seat' }, now).signals).toMatchObject({
			mixed: true,
			negated: false,
		});
		expect(scorer.score({ text: 'I do not hate it' }, now).signals).toMatchObject({
			terms: 1,
			negated: true,
		});
		expect(
			scorer.score({ text: 'Das Paket ist nicht angekommen und niemand antwortet' }, now).signals,
		).toEqual({ terms: 0, labelMargin: 0, mixed: false, negated: false });
	});
});
