import type { CompiledEntry } from './CompiledEntry';
import type { CompiledLexicon } from './CompiledLexicon';
import { shortenStretches } from './stretchedWords';
import type { TokenFacts } from './TokenFacts';
import { isClauseBreak } from './tokenize';

const FACTS_LIMIT = 200_000;
const NO_CANDIDATES: readonly CompiledEntry[] = Object.freeze([]);

/**
 * Facts of a token in this lexicon; a handle or a URL gets none (no entry starts with '@' or 'http'). A
 * word stretched for emphasis that no entry knows is read as written normally, with the stretched letters
 * twice ("goood" → good) or once ("sloooow" → slow).
 */
export function computeFacts(lexicon: CompiledLexicon, token: string): TokenFacts {
	const facts = computeExactFacts(lexicon, token);
	if (!facts.inert || facts.intensifier || facts.postNegator) return facts;
	const twice = shortenStretches(facts.key, 2);
	if (twice !== facts.key) {
		for (const shortened of [twice, shortenStretches(facts.key, 1)]) {
			const read = computeExactFacts(lexicon, shortened);
			if (!read.inert || read.intensifier || read.postNegator) return read;
		}
	}
	return facts;
}

function computeExactFacts(lexicon: CompiledLexicon, token: string): TokenFacts {
	const { rules } = lexicon;
	const key = rules.normalize(token);
	const clauseBreak = isClauseBreak(key);
	let candidates: CompiledEntry[] | undefined = lexicon.exact.get(key);
	for (const length of lexicon.stemLengths) {
		if (length > key.length) continue;
		const byStem = lexicon.stems.get(key.slice(0, length));
		if (byStem) candidates = candidates ? [...candidates, ...byStem] : byStem;
	}
	if (candidates === undefined && rules.negativeForm(key)) {
		candidates = [
			{
				words: [{ text: key, isStem: false }],
				valence: rules.negativeFormValence,
				negated: undefined,
				categories: [],
				lukewarm: false,
				polite: false,
			},
		];
	}
	const negator = rules.negators.has(key);
	const contrast = rules.contrasts.has(key);
	const complaintQuestion = rules.complaintQuestions.has(key);
	return {
		key,
		candidates: candidates ?? NO_CANDIDATES,
		inert: candidates === undefined && !negator && !contrast && !clauseBreak && !complaintQuestion,
		longestCandidate:
			candidates === undefined ? 0 : Math.max(...candidates.map((entry) => entry.words.length)),
		negator,
		postNegator: rules.postNegators.some((stem) => key.startsWith(stem)),
		intensifier: rules.intensifiers.has(key),
		contrast,
		clauseBreak,
		sentenceEnd: clauseBreak && /[.!?]/.test(key),
		// One plain "?" asks; "???" and "?!" exclaim.
		question: clauseBreak && key.includes('?') && !key.includes('??') && !key.includes('!'),
		complaintQuestion,
	};
}

export function factsOf(lexicon: CompiledLexicon, token: string): TokenFacts {
	let facts = lexicon.facts.get(token);
	if (facts === undefined) {
		if (lexicon.facts.size >= FACTS_LIMIT) lexicon.facts.clear();
		facts = computeFacts(lexicon, token);
		lexicon.facts.set(token, facts);
	}
	return facts;
}
