import type { CompiledEntry, CompiledWord } from './CompiledEntry';
import type { TokenFacts } from './TokenFacts';

function wordMatches(word: CompiledWord, facts: TokenFacts): boolean {
	return word.isStem ? facts.key.startsWith(word.text) : facts.key === word.text;
}

/** The longest entry (in words) that matches at `start` within `count` tokens; among equally long ones the first candidate. */
export function longestMatch(
	facts: readonly TokenFacts[],
	start: number,
	count: number,
	maxWords = Infinity,
): CompiledEntry | undefined {
	let best: CompiledEntry | undefined;
	for (const entry of facts[start].candidates) {
		const length = entry.words.length;
		if (length > maxWords || start + length > count || (best && length <= best.words.length))
			continue;
		let matched = true;
		for (let offset = 1; offset < length; offset++) {
			if (!wordMatches(entry.words[offset], facts[start + offset])) {
				matched = false;
				break;
			}
		}
		if (matched) best = entry;
	}
	return best;
}
