/** The character classes of the token scanner's grammar, by UTF-16 code. */

export const APOSTROPHE = 39;
const TYPOGRAPHIC_APOSTROPHE = 0x2019;

export function isWordStart(code: number): boolean {
	if (code < 128)
		return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
	return (
		(code >= 0xaa && code <= 0x2ff) ||
		(code >= 0x370 && code <= 0x1fff) ||
		(code >= 0x2c00 && code <= 0x2dff) ||
		(code >= 0x3040 && code <= 0xd7ff)
	);
}

/** A word-start character or a combining mark (U+0300–U+036F). */
export function isWordPart(code: number): boolean {
	if (code < 128)
		return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
	return (
		(code >= 0xaa && code <= 0x1fff) ||
		(code >= 0x2c00 && code <= 0x2dff) ||
		(code >= 0x3040 && code <= 0xd7ff)
	);
}

export function isHandlePart(code: number): boolean {
	return (
		(code >= 97 && code <= 122) ||
		(code >= 65 && code <= 90) ||
		(code >= 48 && code <= 57) ||
		code === 95
	);
}

/** JavaScript's \s. */
export function isSpace(code: number): boolean {
	if (code < 128) return code === 32 || (code >= 9 && code <= 13);
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

/** . , ; : ! ? */
export function isClausePunctuation(code: number): boolean {
	return code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63;
}

/** ( ) d D p P / \ */
export function isEmoticonMouth(code: number): boolean {
	return (
		code === 40 ||
		code === 41 ||
		code === 100 ||
		code === 68 ||
		code === 112 ||
		code === 80 ||
		code === 47 ||
		code === 92
	);
}

export function isSymbol(code: number): boolean {
	return (
		(code >= 0x2190 && code <= 0x21ff) ||
		(code >= 0x2300 && code <= 0x27bf) ||
		(code >= 0x2b00 && code <= 0x2bff)
	);
}

export function isApostrophe(code: number): boolean {
	return code === APOSTROPHE || code === TYPOGRAPHIC_APOSTROPHE;
}

/** A character as tokens are compared: the typographic apostrophe as '. */
export function asScanned(code: number): number {
	return code === TYPOGRAPHIC_APOSTROPHE ? APOSTROPHE : code;
}
