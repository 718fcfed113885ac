/**
 * Replaces every span from an opener to the first closer after it, as `/open[\s\S]*?close/g` would,
 * but in linear time. The regex form rescans the whole rest of the text from every opener that has
 * no closer, which is quadratic: a 1 MB post of "<!--" or "<script>" took minutes.
 * `opener` must be global; `closerFor` returns the global regex of the closer an opener needs, the same object for the same closer.
 */
export function replaceDelimited(
	text: string,
	opener: RegExp,
	closerFor: (open: RegExpExecArray) => RegExp,
	replace: (inner: string) => string,
): string {
	// A closer missing after one opener is missing after every later one: never search for it again.
	const unclosed = new Set<RegExp>();
	let result = '';
	let copiedTo = 0;
	opener.lastIndex = 0;
	for (let open = opener.exec(text); open; open = opener.exec(text)) {
		const closer = closerFor(open);
		if (unclosed.has(closer)) continue;
		const innerStart = open.index + open[0].length;
		closer.lastIndex = innerStart;
		const close = closer.exec(text);
		if (!close) {
			unclosed.add(closer);
			opener.lastIndex = open.index + 1;
			continue;
		}
		result += text.slice(copiedTo, open.index) + replace(text.slice(innerStart, close.index));
		copiedTo = close.index + close[0].length;
		opener.lastIndex = copiedTo;
	}
	return result + text.slice(copiedTo);
}
