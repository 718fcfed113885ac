import type { CompiledEntry } from './CompiledEntry';
import type { LanguageRules } from './LanguageRules';
import type { TokenFacts } from './TokenFacts';

/** Entries keyed by their first word, longest phrase first so "still waiting" wins over "still". */
export interface CompiledLexicon {
	rules: LanguageRules;
	exact: Map<string, CompiledEntry[]>;
	stems: Map<string, CompiledEntry[]>;
	/** Distinct stem lengths, longest first: a token is looked up only under prefixes of these lengths. */
	stemLengths: number[];
	/**
	 * Facts per distinct token, filled as texts are scored (a vocabulary repeats a lot, so this makes a
	 * batch fast). Owned by one scorer, bounded by FACTS_LIMIT (factsOf.ts); never affects results, only speed.
	 */
	facts: Map<string, TokenFacts>;
}
