/**
 * Text shortened for a one-line preview: whitespace runs made one space, cut at `max` characters with an
 * ellipsis. Only a prefix four times `max` long is read, so a megabyte post costs what a short one does.
 */
export function clip(text: string, max = 280): string {
	const read = text.length > max * 4 ? text.slice(0, max * 4) : text;
	const flat = read.replace(/\s+/g, ' ').trim();
	if (flat.length <= max && read === text) return flat;
	const end = Math.min(flat.length, max - 1);
	return `${flat.slice(0, isLowSurrogate(flat.charCodeAt(end)) ? end - 1 : end)}…`;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}
