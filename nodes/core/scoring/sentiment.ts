import type { SentimentLabel } from './CrisisScore';
import type { LanguageProfile } from './languageProfiles';
import type { LexiconHit, MatchResult } from './phraseMatcher';

/**
 * A term that moved the score: the tokens `from`…`end - 1` of the text (their words are only joined when a
 * reason quotes them), or, with `from` -1, a star rating of `end` stars.
 */
export interface ScoredTerm {
	valence: number;
	from: number;
	end: number;
}

export interface SentimentResult {
	score: number;
	label: Exclude<SentimentLabel, 'unscored'>;
	/** The terms that moved the score, strongest first (for the reasons). */
	terms: ScoredTerm[];
}

export interface Emphasis {
	exclamations: number;
	shoutedWords: number;
}

const INTENSIFIER_FACTOR = 1.5;
const LUKEWARM_FACTOR = 0.4;
/** Around "but"/"ama" the second half carries the writer's conclusion. */
const BEFORE_CONTRAST_FACTOR = 0.5;
const AFTER_CONTRAST_FACTOR = 1.5;
/**
 * A request for information ("is my flight delayed?", "can I get a refund?") names the trouble it asks
 * about without complaining; only strong words (-3 and below) keep their weight there.
 */
const QUESTION_FACTOR = 0.1;
const STRONG_NEGATIVE = -3;

function hitValence(hit: LexiconHit): number {
	const { entry } = hit;
	let valence = entry.valence;
	if (hit.negated) {
		// "not good" is clearly negative; "not bad" is only mildly positive. A negated complaint word stays
		// a complaint ("not the hour delays", "never ever again"): only strong words right after the
		// negator, or after it and an intensifier, flip ("not bad", "not too bad"), not "never been so angry",
		// "not sure what's going on" nor "without question the worst".
		const distance = hit.start - hit.negatorIndex;
		const close = hit.negatorIndex < 0 || distance === 1 || (distance === 2 && hit.intensified);
		valence =
			entry.negated ??
			(valence > 0 ? -0.8 * valence : valence <= -3 && close ? -0.4 * valence : valence);
	}
	return hit.intensified ? valence * INTENSIFIER_FACTOR : valence;
}

/** Star ratings speak louder than words in a review: 1★ is a complaint whatever the text says. */
export function ratingValence(rating: unknown): number {
	if (typeof rating !== 'number' || !Number.isFinite(rating)) return 0;
	const stars = Math.min(5, Math.max(1, Math.round(rating)));
	return [-4, -2, 0, 2, 3][stars - 1];
}

/** Exclamation marks and capitals make a message stronger, not different: they scale the score. */
function emphasisFactor(emphasis: Emphasis): number {
	return 1 + 0.1 * Math.min(emphasis.exclamations, 4) + 0.15 * Math.min(emphasis.shoutedWords, 3);
}

const byStrength = (a: ScoredTerm, b: ScoredTerm): number =>
	Math.abs(b.valence) - Math.abs(a.valence);

export function scoreSentiment(
	match: MatchResult,
	profile: LanguageProfile,
	emphasis: Emphasis,
	rating: unknown,
): SentimentResult {
	const looseNegators =
		match.looseNegators -
		match.questionedLooseNegators +
		QUESTION_FACTOR * match.questionedLooseNegators;
	let score =
		profile.looseNegatorValence * looseNegators +
		(match.contrastIndex >= 0 ? profile.contrastValence : 0);
	const terms: ScoredTerm[] = [];
	let lukewarm = false;
	let praised = false;
	let blamed = false;
	// Politeness ("thanks", "thank you") is kept apart: in a complaint it is a formula, not praise.
	let polite = 0;
	const politeTerms: ScoredTerm[] = [];
	for (const hit of match.hits) {
		if (hit.entry.lukewarm) lukewarm = true;
		let valence = hitValence(hit);
		if (valence === 0) continue;
		if (hit.questioned && valence > STRONG_NEGATIVE) valence *= QUESTION_FACTOR;
		if (valence > 0) praised = true;
		else blamed = true;
		if (match.contrastIndex >= 0)
			valence *= hit.start < match.contrastIndex ? BEFORE_CONTRAST_FACTOR : AFTER_CONTRAST_FACTOR;
		const from = hit.negatorIndex >= 0 ? hit.negatorIndex : hit.start;
		const term: ScoredTerm = { valence, from, end: hit.end };
		if (hit.entry.polite && valence > 0) {
			polite += valence;
			politeTerms.push(term);
		} else {
			score += valence;
			terms.push(term);
		}
	}
	if (score >= 0) {
		score += polite;
		for (const term of politeTerms) terms.push(term);
	}
	const fromRating = ratingValence(rating);
	if (fromRating !== 0) {
		score += fromRating;
		terms.push({ valence: fromRating, from: -1, end: Math.round(rating as number) });
	}
	if (lukewarm) score *= LUKEWARM_FACTOR;
	else if (match.contrastIndex >= 0 && praised && blamed) score *= profile.mixedVerdictFactor;
	score = Math.round(score * emphasisFactor(emphasis) * 10) / 10;
	if (terms.length > 1) terms.sort(byStrength);
	const label =
		score <= profile.negativeAtMost
			? 'negative'
			: score >= profile.positiveAtLeast
				? 'positive'
				: 'neutral';
	return { score, label, terms };
}
