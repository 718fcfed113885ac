/**
 * One regular-expression pass that splits a text (as written: casing is dealt with once per distinct
 * token, see tokenMemo) into the tokens the lexicons match: words
 * (with inner apostrophes: "didn't"), emoji, emoticons and runs of clause punctuation (they end a negation's
 * scope). URLs and @handles come out as tokens of their own that no lexicon entry matches, so a handle such
 * as @united never scores as the word "united".
 */
// Written with explicit ranges instead of Unicode property escapes: the non-/u engine path is about twice
// as fast, and the ranges cover Latin (with Turkish), Greek, Cyrillic and the other BMP scripts, emoji as
// surrogate pairs and the BMP symbol blocks (❤, ☺, ✈).
const WORD_START = '0-9A-Za-z\\u00aa-\\u02ff\\u0370-\\u1fff\\u2c00-\\u2dff\\u3040-\\ud7ff';
const WORD_PART = '0-9A-Za-z\\u00aa-\\u036f\\u0370-\\u1fff\\u2c00-\\u2dff\\u3040-\\ud7ff';
const TOKEN_PATTERN = new RegExp(
	[
		'https?://\\S+',
		'www\\.\\S+',
		'@\\w+',
		`[${WORD_START}][${WORD_PART}]*(?:'[${WORD_PART}]+)*`,
		"[:;=]'?-?[()dDpP/\\\\]",
		'[\\ud83c-\\ud83e][\\udc00-\\udfff]',
		'[\\u2190-\\u21ff\\u2300-\\u27bf\\u2b00-\\u2bff]',
		'[.,;:!?]+',
	].join('|'),
	'g',
);

const NO_TOKENS: string[] = [];

export function tokenize(text: string): string[] {
	const plain = text.includes('’') ? text.replace(/’/g, "'") : text;
	return plain.match(TOKEN_PATTERN) ?? NO_TOKENS;
}

/** Punctuation tokens close a clause: negation and intensifiers do not reach across them. */
export function isClauseBreak(token: string): boolean {
	const first = token.charCodeAt(0);
	return first === 46 || first === 44 || first === 59 || first === 58 || first === 33 || first === 63;
}

function isUpperLetter(code: number, char: string): boolean {
	if (code >= 65 && code <= 90) return true;
	return code >= 0xc0 && char !== char.toLowerCase();
}

function isLetter(code: number, char: string): boolean {
	if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
	return code >= 0xc0 && char.toLowerCase() !== char.toUpperCase();
}

/** Words of four capitals or more: shouting (acronyms like LAX or DM are shorter). A plain loop: this runs on every text. */
const FOUR_CAPITALS = /[A-ZÀ-ÞĞİŞ]{4}/;

export function countShoutedWords(text: string): number {
	if (!FOUR_CAPITALS.test(text)) return 0;
	let shouted = 0;
	let run = 0;
	let wordHasLower = false;
	for (let index = 0; index <= text.length; index++) {
		const code = index < text.length ? text.charCodeAt(index) : 32;
		const char = code < 0xc0 ? '' : text[index];
		if (isLetter(code, char)) {
			if (isUpperLetter(code, char)) run++;
			else wordHasLower = true;
			continue;
		}
		if (run >= 4 && !wordHasLower) shouted++;
		run = 0;
		wordHasLower = false;
	}
	return shouted;
}

export function countExclamations(text: string): number {
	let count = 0;
	for (let index = text.indexOf('!'); index >= 0; index = text.indexOf('!', index + 1)) count++;
	return count;
}
