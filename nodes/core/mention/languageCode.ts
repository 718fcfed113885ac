function isLowerLetter(code: number): boolean {
	return code >= 97 && code <= 122;
}

/** An ISO 639-1 code as the package writes it: two lower-case letters ("de", "es"). */
export function isLanguageCode(value: unknown): value is string {
	return (
		typeof value === 'string' &&
		value.length === 2 &&
		isLowerLetter(value.charCodeAt(0)) &&
		isLowerLetter(value.charCodeAt(1))
	);
}
