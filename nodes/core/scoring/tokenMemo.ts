import { classifyToken } from './language';
import { computeFacts, type CompiledLexicon, type TokenFacts } from './phraseMatcher';

/** Everything the scorer learns from one distinct token: its English lexicon facts and its language evidence. */
export interface TokenInfo extends TokenFacts {
	token: string;
	languageClass: number;
	/** Facts in the Turkish lexicon, worked out the first time a Turkish text uses the token. */
	turkish: TokenFacts | undefined;
}

const MEMO_LIMIT = 200_000;

/**
 * One lookup per token instead of one per question: mentions repeat a small vocabulary, so a batch
 * mostly hits the memo. Owned by one scorer (no module state), bounded, and it never changes a result.
 */
export function createTokenMemo(english: CompiledLexicon): (token: string) => TokenInfo {
	// One memo per scorer: the English facts are computed with the token, the Turkish ones on first need.
	const memo = new Map<string, TokenInfo>();
	return (token) => {
		let info = memo.get(token);
		if (info === undefined) {
			if (memo.size >= MEMO_LIMIT) memo.clear();
			info = { ...computeFacts(english, token), token, languageClass: classifyToken(token), turkish: undefined };
			memo.set(token, info);
		}
		return info;
	};
}
