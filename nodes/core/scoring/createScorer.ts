import type { CrisisScore } from './CrisisScore';
import type { DeepPartial } from './DeepPartial';
import { collectCategories } from './categories';
import { judgedScore } from './judgedScore';
import { detectLanguage } from './language';
import {
	buildLanguageProfiles,
	type LanguageProfile,
	type ScoredLanguage,
} from './languageProfiles';
import type { LexiconSignals } from './LexiconSignals';
import type { ModelVerdict } from './ModelVerdict';
import { knowsWord } from './knowsWord';
import { matchLexicon } from './phraseMatcher';
import type { TokenFacts } from './TokenFacts';
import { countOrZero, computeReach } from './reach';
import { buildReasons } from './reasons';
import { ageInHours, recencyWeight } from './recency';
import { computeRisk, levelOf } from './risk';
import { resolveScoringSettings, type ScoringSettings } from './scoringSettings';
import { scoredPart, SCORED_TEXT_LIMIT, truncationReason } from './scoredText';
import { scoreSentiment, type SentimentResult } from './sentiment';
import { createTokenMemo } from './tokenMemo';
import { foldTurkish } from './turkishText';

export type { DeepPartial } from './DeepPartial';
export {
	DEFAULT_SCORING_SETTINGS,
	resolveScoringSettings,
	type ScoringSettings,
} from './scoringSettings';
export { SCORED_TEXT_LIMIT } from './scoredText';

export interface ScoringInput {
	/** Only its first SCORED_TEXT_LIMIT characters are scored; a reason says so when it is longer. */
	text: string;
	/** Per-item override; the default comes from the settings. */
	language?: 'en' | 'tr' | 'auto';
	followers?: number;
	engagement?: { likes?: number; replies?: number; shares?: number };
	tagged?: boolean;
	verified?: boolean;
	/** ISO 8601; recency is measured against `now`. */
	createdAt?: string;
	/** 1–5 star rating (App Store) when present. */
	rating?: number;
}

export type Scorer = (input: ScoringInput, now?: Date) => CrisisScore;

/**
 * The scorer of a Crisis Score that may ask a language model: `score` is the lexicon's score (the same as
 * `createScorer`'s) with what the lexicon knows of its own certainty; `judge` scores the mention again with
 * a model's verdict in place of the lexicon's sentiment, categories and language, by the same risk rules.
 */
export interface ReviewingScorer {
	settings: ScoringSettings;
	score: (input: ScoringInput, now: Date) => { crisis: CrisisScore; signals: LexiconSignals };
	judge: (input: ScoringInput, now: Date, verdict: ModelVerdict) => CrisisScore;
}

type ScoreMention = (
	input: ScoringInput,
	now: Date,
	verdict: ModelVerdict | undefined,
	signals: LexiconSignals | undefined,
) => CrisisScore;

function requestedLanguage(input: ScoringInput, settings: ScoringSettings): 'en' | 'tr' | 'auto' {
	const override = input.language;
	// An unknown per-item value is ignored rather than failing the item: it comes from source data.
	return override === 'en' || override === 'tr' ? override : settings.language;
}

/**
 * Compiles lexicons, categories and the user's keywords once and returns a fast per-mention scorer.
 * Throws for invalid settings (naming the setting) and, per call, for a `text` that is not a string; any
 * string is scored, in time linear in its length up to SCORED_TEXT_LIMIT characters and bounded beyond.
 */
export function createScorer(partial?: DeepPartial<ScoringSettings>): Scorer {
	const scoreMention = createScoreMention(resolveScoringSettings(partial));
	return (input: ScoringInput, now: Date = new Date()): CrisisScore =>
		scoreMention(input, now, undefined, undefined);
}

/** createScorer's scorer and its model-aware counterpart, over one set of compiled lexicons. */
export function createReviewingScorer(partial?: DeepPartial<ScoringSettings>): ReviewingScorer {
	const settings = resolveScoringSettings(partial);
	const scoreMention = createScoreMention(settings);
	return {
		settings,
		score: (input, now) => {
			const signals: LexiconSignals = { terms: 0, labelMargin: 0, mixed: false, negated: false };
			return { crisis: scoreMention(input, now, undefined, signals), signals };
		},
		judge: (input, now, verdict) => scoreMention(input, now, verdict, undefined),
	};
}

function createScoreMention(settings: ScoringSettings): ScoreMention {
	const profiles = buildLanguageProfiles(settings);
	// Short stems ("ol*", "aç*") would make English words look Turkish, so only longer ones count as evidence.
	const vocabulary = {
		en: (token: string) => knowsWord(profiles.en.lexicon, token, Infinity),
		tr: (token: string) => knowsWord(profiles.tr.lexicon, foldTurkish(token), 4),
	};
	const { scan, turkishFactsOf } = createTokenMemo(profiles.en.lexicon, profiles.tr.lexicon);
	// The Turkish facts of the text being scored, a buffer reused from text to text.
	const turkishFacts: TokenFacts[] = [];

	return (input, now, verdict, signals) => {
		if (typeof input !== 'object' || input === null)
			throw new Error('Mention must be an object with a "text" field');
		const fullText: unknown = input.text;
		if (typeof fullText !== 'string') {
			throw new Error(
				`Mention field "text" must be a string, got ${fullText === null ? 'null' : typeof fullText}`,
			);
		}
		const text = scoredPart(fullText);
		const truncated = fullText.length > SCORED_TEXT_LIMIT;

		const { infos, count, inert, evidence, exclamations, shoutedWords } = scan(text);
		const requested = requestedLanguage(input, settings);
		const language =
			requested === 'auto' ? detectLanguage(text, evidence, infos, count, vocabulary) : requested;

		const followers = countOrZero(input.followers);
		const shares = countOrZero(input.engagement?.shares);
		const reach = computeReach(input);
		const ageHours = ageInHours(input.createdAt, now);
		const tagged = input.tagged === true;
		const verified = input.verified === true;

		const riskFacts = {
			reach,
			tagged,
			verified,
			recency: ageHours === undefined ? undefined : recencyWeight(ageHours),
		};
		const reasonFacts = {
			followers,
			shares,
			tagged: typeof input.tagged === 'boolean' ? input.tagged : undefined,
			verified,
			ageHours,
			exclamations,
			shoutedWords,
			truncatedFrom: truncated ? fullText.length : undefined,
		};
		if (language === 'unsupported' && verdict) {
			const display = (index: number) => infos[index].key;
			return judgedScore(
				verdict,
				{ sentiment: undefined, categories: [], display },
				riskFacts,
				reasonFacts,
				settings,
			);
		}
		if (language === 'unsupported') {
			return {
				risk: 0,
				level: levelOf(0, settings.thresholds),
				language,
				sentiment: { score: 0, label: 'unscored' },
				categories: [],
				reach,
				reasons: [
					'language not supported (only English and Turkish are scored): not scored',
					...(truncated ? [truncationReason(fullText.length)] : []),
				],
			};
		}

		const profile = profiles[language as ScoredLanguage];
		// English facts are the infos themselves; Turkish ones are worked out once per token, on first need.
		let facts: readonly TokenFacts[] = infos;
		let englishInert: Uint8Array | undefined = inert;
		if (language === 'tr') {
			for (let index = 0; index < count; index++)
				turkishFacts[index] = turkishFactsOf(infos[index]);
			facts = turkishFacts;
			englishInert = undefined;
		}
		// Reasons quote the words lower-cased, with Turkish rules for Turkish.
		const display =
			language === 'tr'
				? (index: number) => infos[index].turkishLower ?? ''
				: (index: number) => infos[index].key;
		const match = matchLexicon(profile.lexicon, facts, count, englishInert);
		const emphasis = { exclamations, shoutedWords };
		const sentiment = scoreSentiment(match, profile, emphasis, input.rating);
		const categories = collectCategories(match, display);
		if (verdict)
			return judgedScore(
				verdict,
				{ sentiment, categories, display },
				riskFacts,
				reasonFacts,
				settings,
			);
		if (signals)
			describeCertainty(
				signals,
				sentiment,
				match.looseNegators > 0 || match.hits.some((hit) => hit.negated),
				profile,
			);

		const risk = computeRisk(
			{ sentimentScore: sentiment.score, label: sentiment.label, categories, ...riskFacts },
			settings.weights,
		);
		return {
			risk,
			level: levelOf(risk, settings.thresholds),
			language,
			sentiment: { score: sentiment.score, label: sentiment.label },
			categories,
			reach,
			reasons: buildReasons({ sentiment, display, categories, ...reasonFacts }),
		};
	};
}

function describeCertainty(
	signals: LexiconSignals,
	sentiment: SentimentResult,
	negated: boolean,
	profile: LanguageProfile,
): void {
	let praise = false;
	let blame = false;
	for (const term of sentiment.terms) {
		if (term.valence > 0) praise = true;
		else if (term.valence < 0) blame = true;
	}
	signals.terms = sentiment.terms.length;
	signals.labelMargin = Math.min(
		Math.abs(sentiment.score - profile.negativeAtMost),
		Math.abs(sentiment.score - profile.positiveAtLeast),
	);
	signals.mixed = praise && blame;
	signals.negated = negated;
}
