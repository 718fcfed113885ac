/** The words of tokens `start`…`end - 1` as `display` shows them, space-separated (for reasons and categories). */
export function phraseText(display: (index: number) => string, start: number, end: number): string {
	let text = display(start);
	for (let index = start + 1; index < end; index++) text += ` ${display(index)}`;
	return text;
}
