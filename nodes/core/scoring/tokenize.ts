import { createTokenBounds, END, nextToken, START, tokenText } from './tokenScanner';

/** The tokens of a text as written (see tokenScanner): what the scorer matches, as strings. */
export function tokenize(text: string): string[] {
	const bounds = createTokenBounds();
	const tokens: string[] = [];
	for (let at = 0; nextToken(text, at, bounds); at = bounds[END])
		tokens.push(tokenText(text, bounds[START], bounds[END]));
	return tokens;
}

/** Punctuation tokens close a clause: negation and intensifiers do not reach across them. */
export function isClauseBreak(token: string): boolean {
	const first = token.charCodeAt(0);
	return (
		first === 46 || first === 44 || first === 59 || first === 58 || first === 33 || first === 63
	);
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
