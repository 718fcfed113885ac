function isLetter(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * The language to tell the model, if any: the source's own tag when it names one ("es", "pt-BR" → "pt"),
 * else the lexicon's language when it scored one. Anything else is no hint: the model detects it.
 */
export function languageHint(sourceLanguage: unknown, lexiconLanguage: string): string | undefined {
	if (
		typeof sourceLanguage === 'string' &&
		sourceLanguage.length >= 2 &&
		isLetter(sourceLanguage.charCodeAt(0)) &&
		isLetter(sourceLanguage.charCodeAt(1))
	) {
		const next = sourceLanguage.charCodeAt(2);
		if (sourceLanguage.length === 2 || next === 45 || next === 95)
			return sourceLanguage.slice(0, 2).toLowerCase();
	}
	return lexiconLanguage === 'en' || lexiconLanguage === 'tr' ? lexiconLanguage : undefined;
}
