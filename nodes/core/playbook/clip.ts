/** Text shortened for a one-line preview: whitespace runs made one space, cut at `max` characters with an ellipsis. */
export function clip(text: string, max = 280): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const end = isLowSurrogate(flat.charCodeAt(max - 1)) ? max - 2 : max - 1;
	return `${flat.slice(0, end)}…`;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}
