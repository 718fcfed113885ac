import type { CategoryHit, CrisisScore } from './CrisisScore';
import type { ModelVerdict } from './ModelVerdict';
import { buildReasons, type ReasonFacts } from './reasons';
import { computeRisk, levelOf, type RiskInputs } from './risk';
import type { ScoringSettings } from './scoringSettings';
import type { SentimentResult } from './sentiment';

/**
 * The sentiment score of a label the model decided and the lexicon did not: a clear complaint or clear
 * praise, not an extreme one (the model gives no strength). Where both agree the lexicon's score stays.
 */
const MODEL_LABEL_SCORE: Record<ModelVerdict['label'], number> = {
	negative: -3,
	neutral: 0,
	positive: 3,
};

/** What the lexicon made of the text: no sentiment when it does not score the text's language. */
export interface LexiconReading {
	sentiment: SentimentResult | undefined;
	categories: readonly CategoryHit[];
	display: (index: number) => string;
}

type RiskFacts = Pick<RiskInputs, 'reach' | 'tagged' | 'verified' | 'recency'>;
type ContextFacts = Omit<ReasonFacts, 'sentiment' | 'display' | 'categories'>;

function modelReason(verdict: ModelVerdict): string {
	const traits = [
		verdict.label,
		...(verdict.isSarcasm ? ['sarcasm'] : []),
		...(verdict.isComplaint ? ['complaint'] : []),
	];
	return `model (${traits.join(', ')}; language ${verdict.language}): ${verdict.reason}`;
}

/**
 * The crisis score with the model's label, categories and language, risk and level by the scorer's own
 * rules. A category the lexicon also found keeps the words it matched; the reasons start with the model's,
 * then say what the lexicon alone would have said when it disagreed.
 */
export function judgedScore(
	verdict: ModelVerdict,
	lexicon: LexiconReading,
	riskFacts: RiskFacts,
	context: ContextFacts,
	settings: ScoringSettings,
): CrisisScore {
	const agrees = lexicon.sentiment !== undefined && lexicon.sentiment.label === verdict.label;
	const score = agrees
		? (lexicon.sentiment as SentimentResult).score
		: MODEL_LABEL_SCORE[verdict.label];
	const categories = verdict.categories.map(
		(name): CategoryHit =>
			lexicon.categories.find((hit) => hit.name === name) ?? { name, matches: [] },
	);
	const risk = computeRisk(
		{ sentimentScore: score, label: verdict.label, categories, ...riskFacts },
		settings.weights,
	);
	const sentiment: SentimentResult = {
		score,
		label: verdict.label,
		terms: agrees ? (lexicon.sentiment as SentimentResult).terms : [],
	};
	const reasons = buildReasons({ sentiment, display: lexicon.display, categories, ...context });
	if (lexicon.sentiment === undefined) {
		reasons[0] = 'lexicon: language not supported (only English and Turkish are scored)';
	} else if (!agrees) {
		reasons[0] = `lexicon alone: ${buildReasons({ sentiment: lexicon.sentiment, display: lexicon.display, categories: [], ...context })[0]}`;
	}
	reasons.unshift(modelReason(verdict));
	return {
		risk,
		level: levelOf(risk, settings.thresholds),
		language: verdict.language,
		sentiment: { score, label: verdict.label },
		categories,
		reach: riskFacts.reach,
		reasons,
		decidedBy: 'model',
		model: { isComplaint: verdict.isComplaint, isSarcasm: verdict.isSarcasm },
	};
}
