import type { CompiledEntry } from './CompiledEntry';

/** What the matcher needs to know about one token, worked out once per distinct token. */
export interface TokenFacts {
	/** The token as lexicon keys are written (Turkish: ASCII-folded). */
	key: string;
	/** Entries whose first word matches this token: exact ones first, then by stem, longest stem first. */
	candidates: readonly CompiledEntry[];
	/** Starts no entry and plays no part of its own (most words): the matcher passes over it at once. */
	inert: boolean;
	/** The most words of any candidate: 1 means the first candidate is the match, with nothing to compare. */
	longestCandidate: number;
	negator: boolean;
	/** Negates the entry right before it ("değil", "yok"). */
	postNegator: boolean;
	intensifier: boolean;
	contrast: boolean;
	clauseBreak: boolean;
	/** Punctuation that ends a sentence (. ! ?); `question` when it holds a question mark. */
	sentenceEnd: boolean;
	question: boolean;
	complaintQuestion: boolean;
}
