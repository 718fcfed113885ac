/**
 * One regular-expression pass that splits a lower-cased text into the tokens the lexicons match: words
 * (with inner apostrophes: "didn't"), emoji, emoticons and runs of clause punctuation (they end a negation's
 * scope). URLs and @handles are dropped: a handle such as @united must not score as the word "united".
 */
const TOKEN_PATTERN =
	/https?:\/\/\S+|www\.\S+|@[\p{L}\p{N}_]+|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:'[\p{L}\p{M}]+)*|[:;=]'?-?[()dp/\\]|\p{Extended_Pictographic}|[.,;:!?]+/gu;

export function tokenize(lowerText: string): string[] {
	const text = lowerText.includes('’') ? lowerText.replace(/’/g, "'") : lowerText;
	const matches = text.match(TOKEN_PATTERN);
	if (matches === null) return [];
	const tokens: string[] = [];
	for (const token of matches) {
		const first = token.charCodeAt(0);
		// '@' handles, and 'h'/'w' only when the URL alternative matched.
		if (first === 64) continue;
		if ((first === 104 || first === 119) && (token.startsWith('http://') || token.startsWith('https://') || token.startsWith('www.'))) continue;
		tokens.push(token);
	}
	return tokens;
}

/** Punctuation tokens close a clause: negation and intensifiers do not reach across them. */
export function isClauseBreak(token: string): boolean {
	const first = token.charCodeAt(0);
	return first === 46 || first === 44 || first === 59 || first === 58 || first === 33 || first === 63;
}

const SHOUTED_WORD = /(?:^|[^\p{L}])\p{Lu}{4,}(?![\p{L}])/gu;

/** Words of four capitals or more: shouting (acronyms like LAX or DM are shorter). */
export function countShoutedWords(text: string): number {
	return text.match(SHOUTED_WORD)?.length ?? 0;
}

export function countExclamations(text: string): number {
	let count = 0;
	for (let index = text.indexOf('!'); index >= 0; index = text.indexOf('!', index + 1)) count++;
	return count;
}
