import type { CategoryHit } from './CrisisScore';
import { CATEGORY_VOCABULARY } from './categoryVocabulary';
import { phraseText } from './phraseText';
import { truncationReason } from './scoredText';
import type { ScoredTerm, SentimentResult } from './sentiment';

export interface ReasonFacts {
	sentiment: SentimentResult;
	/** The text's token at an index as reasons quote it (lower-cased). */
	display: (index: number) => string;
	categories: readonly CategoryHit[];
	followers: number;
	shares: number;
	tagged: boolean | undefined;
	verified: boolean;
	ageHours: number | undefined;
	exclamations: number;
	shoutedWords: number;
	/** The length of a text longer than the scorer reads, undefined when it was scored whole. */
	truncatedFrom: number | undefined;
}

const MAX_QUOTED_TERMS = 4;

function quote(words: readonly string[]): string {
	let quoted = `'${words[0]}'`;
	for (let index = 1; index < words.length; index++) quoted += `, '${words[index]}'`;
	return quoted;
}

/** 950 → "950", 48_200 → "48k", 1_250_000 → "1.3M". */
export function formatCount(count: number): string {
	if (count >= 1_000_000) return `${Math.round(count / 100_000) / 10}M`;
	if (count >= 10_000) return `${Math.round(count / 1000)}k`;
	if (count >= 1000) return `${Math.round(count / 100) / 10}k`;
	return String(Math.round(count));
}

function formatAge(hours: number): string {
	if (hours < 1) return `${Math.round(hours * 60)} min ago`;
	if (hours < 48) return `${Math.round(hours)} h ago`;
	return `${Math.round(hours / 24)} days ago`;
}

function termText(term: ScoredTerm, display: (index: number) => string): string {
	return term.from < 0 ? `${term.end}★` : phraseText(display, term.from, term.end);
}

/** "negative (-6): 'scam', 'never again'": the label, the score and the strongest terms of the label's sign. */
function describeSentiment(
	{ label, score, terms }: SentimentResult,
	display: (index: number) => string,
): string {
	let text = `${label} (${score > 0 ? '+' : ''}${score})`;
	const sign = label === 'negative' ? -1 : label === 'positive' ? 1 : 0;
	let quoted = 0;
	for (const term of terms) {
		if (quoted === MAX_QUOTED_TERMS) break;
		if (sign !== 0 && Math.sign(term.valence) !== sign) continue;
		text += `${quoted === 0 ? ': ' : ', '}'${termText(term, display)}'`;
		quoted++;
	}
	return text;
}

/** Human-readable reasons, most important first: "negative (-6): 'scam', 'never again'", "category fraud/scam: 'scam'". */
export function buildReasons(facts: ReasonFacts): string[] {
	const reasons = [describeSentiment(facts.sentiment, facts.display)];
	for (const hit of facts.categories) {
		// Only a category a language model named has no words of the text behind it.
		reasons.push(
			`category ${CATEGORY_VOCABULARY[hit.name].label}: ${hit.matches.length > 0 ? quote(hit.matches) : 'named by the model'}`,
		);
	}
	if (facts.shoutedWords > 0)
		reasons.push(
			`shouting: ${facts.shoutedWords} word${facts.shoutedWords > 1 ? 's' : ''} in capitals`,
		);
	if (facts.exclamations >= 2) reasons.push(`${facts.exclamations} exclamation marks`);
	if (facts.followers > 0) reasons.push(`${formatCount(facts.followers)} followers`);
	if (facts.shares > 0) reasons.push(`${formatCount(facts.shares)} shares`);
	if (facts.verified) reasons.push('verified author');
	if (facts.tagged === true) reasons.push('brand tagged: public expects an answer');
	if (facts.tagged === false) reasons.push('brand not tagged: easy to miss');
	if (facts.ageHours !== undefined) reasons.push(`posted ${formatAge(facts.ageHours)}`);
	if (facts.truncatedFrom !== undefined) reasons.push(truncationReason(facts.truncatedFrom));
	return reasons;
}
