import type { CompiledEntry } from './CompiledEntry';
import type { CompiledLexicon } from './CompiledLexicon';
import { longestMatch } from './longestMatch';
import type { TokenFacts } from './TokenFacts';

export interface LexiconHit {
	entry: CompiledEntry;
	start: number;
	end: number;
	negated: boolean;
	/** Index of the negator that flipped this hit, -1 for suffix negation or none. */
	negatorIndex: number;
	intensified: boolean;
	/** Inside a sentence that asks for information ("is my flight delayed?"): its words describe, they do not complain. */
	questioned: boolean;
}

export interface MatchResult {
	hits: LexiconHit[];
	/** Negator tokens that did not negate any hit: on their own they still signal a complaint ("still not here"). */
	looseNegators: number;
	/** Of those, the ones inside information requests ("can I fly without a fee?"). */
	questionedLooseNegators: number;
	/** Token index of the last contrast word ("but"), -1 when none. */
	contrastIndex: number;
}

/**
 * One left-to-right pass over the first `count` tokens' facts (`factsOf` each token in this lexicon): the
 * longest entry at each position, with negation and intensifier context. `inert`, when given, says per
 * token what `facts[index].inert` says, from a flat array the scan filled (cheaper to read).
 */
export function matchLexicon(
	lexicon: CompiledLexicon,
	facts: readonly TokenFacts[],
	count = facts.length,
	inert?: Uint8Array,
): MatchResult {
	const { rules } = lexicon;
	const hits: LexiconHit[] = [];
	let clauseStart = 0;
	let lastNegator = -1;
	let negatorUsed = false;
	let looseNegators = 0;
	let contrastIndex = -1;
	// The sentence being read: where its hits and loose negators start, and whether it asks "why".
	let sentenceHits = 0;
	let sentenceLoose = 0;
	let complaintQuestion = false;
	let questionedLooseNegators = 0;
	for (let index = 0; index < count; index++) {
		if (inert === undefined ? facts[index].inert : inert[index] === 1) continue;
		const token = facts[index];
		if (token.complaintQuestion) complaintQuestion = true;
		let entry =
			token.longestCandidate === 1
				? token.candidates[0]
				: token.longestCandidate > 1
					? longestMatch(facts, index, count)
					: undefined;
		// A negator that is also a lexicon word ("no") acts as a negator unless it starts a phrase ("no refund").
		if (entry !== undefined && entry.words.length === 1 && token.negator) entry = undefined;
		if (entry === undefined) {
			if (token.clauseBreak) {
				clauseStart = index + 1;
				if (token.sentenceEnd) {
					if (lastNegator >= 0 && !negatorUsed) looseNegators++;
					lastNegator = -1;
					if (token.question && !complaintQuestion) {
						for (let hit = sentenceHits; hit < hits.length; hit++) hits[hit].questioned = true;
						questionedLooseNegators += looseNegators - sentenceLoose;
					}
					sentenceHits = hits.length;
					sentenceLoose = looseNegators;
					complaintQuestion = false;
				}
			} else if (token.negator) {
				if (lastNegator >= 0 && !negatorUsed) looseNegators++;
				lastNegator = index;
				negatorUsed = false;
			} else if (token.contrast) {
				contrastIndex = index;
				clauseStart = index + 1;
			}
			continue;
		}
		const end = index + entry.words.length;
		const last = entry.words[entry.words.length - 1];
		let negated = last.isStem && rules.negativeSuffix(facts[end - 1].key.slice(last.text.length));
		let negatorIndex = -1;
		let consumed = end;
		if (!negated && end < count && facts[end].postNegator) {
			negated = true;
			consumed = end + 1;
		}
		if (
			!negated &&
			lastNegator >= clauseStart &&
			lastNegator >= 0 &&
			index - lastNegator <= rules.negationReach
		) {
			negated = true;
			negatorIndex = lastNegator;
			// Negating a word without valence ("didn't help") leaves the negator a complaint cue of its own.
			negatorUsed = entry.valence !== 0 || entry.negated !== undefined;
		}
		const intensified = index > clauseStart && facts[index - 1].intensifier;
		hits.push({ entry, start: index, end, negated, negatorIndex, intensified, questioned: false });
		index = consumed - 1;
	}
	if (lastNegator >= 0 && !negatorUsed) looseNegators++;
	return { hits, looseNegators, questionedLooseNegators, contrastIndex };
}
