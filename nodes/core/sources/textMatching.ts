/**
 * Case folding that treats Turkish dotted/dotless i as one letter: users type "ACME İade",
 * "acme iade" and "acme ıade" for the same thing.
 */
export function foldCase(text: string): string {
	return text
		.toLowerCase()
		.replace(/\u0307/g, '')
		.replace(/ı/g, 'i');
}

/** Term without a leading @ (handles are configured either way). */
export function bareHandle(handle: string): string {
	return handle.trim().replace(/^@+/, '');
}

/**
 * Whether `term` occurs at the start of a word. Only the start is anchored, because Turkish adds
 * suffixes ("Acme'den", "acmeden") and English adds possessives.
 */
export function containsTerm(text: string, term: string): boolean {
	const needle = foldCase(term.trim());
	if (needle === '') return false;
	const haystack = foldCase(text);
	let from = 0;
	for (;;) {
		const at = haystack.indexOf(needle, from);
		if (at < 0) return false;
		if (at === 0 || !isWordChar(haystack[at - 1])) return true;
		from = at + 1;
	}
}

/** The first keyword or handle found in the text; keywords and handles are OR-ed. */
export function matchedTerm(
	text: string,
	keywords: string[],
	handles: string[],
): string | undefined {
	for (const keyword of keywords) if (containsTerm(text, keyword)) return keyword;
	for (const handle of handles) if (containsTerm(text, bareHandle(handle))) return handle;
	return undefined;
}

export function containsExcludedWord(text: string, excludeWords: string[]): boolean {
	return excludeWords.some((word) => containsTerm(text, word));
}

/** `@handle` or Reddit's `u/handle` addresses the account directly; a bare name does not. */
export function addressesHandle(text: string, brandHandles: string[]): boolean {
	const haystack = foldCase(text);
	return brandHandles.some((handle) => {
		const bare = foldCase(bareHandle(handle));
		if (bare === '') return false;
		return [`@${bare}`, `u/${bare}`].some((form) => {
			let from = 0;
			for (;;) {
				const at = haystack.indexOf(form, from);
				if (at < 0) return false;
				const before = at === 0 ? '' : haystack[at - 1];
				const after = haystack[at + form.length] ?? '';
				if (!isHandleChar(before) && before !== '/' && !isHandleChar(after)) return true;
				from = at + 1;
			}
		});
	});
}

export function sameHandle(a: string, b: string): boolean {
	return foldCase(bareHandle(a)) === foldCase(bareHandle(b));
}

function isWordChar(char: string): boolean {
	return /[\p{L}\p{N}_]/u.test(char);
}

function isHandleChar(char: string): boolean {
	return /[\p{L}\p{N}_-]/u.test(char);
}
