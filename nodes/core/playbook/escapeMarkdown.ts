// Characters that start inline markup or raw HTML anywhere in a CommonMark line.
const INLINE = /[\\`*_{}[\]()<>#|~!&]/g;
// Characters that only matter at the start of a line: list items, setext underlines, block quotes.
const LINE_START = /^(\s*)([-+=>]|\d+[.)])/gm;

/** User text placed into Markdown (ticket descriptions, the Assess brief). */
export function escapeMarkdown(text: string): string {
	return text
		.replace(INLINE, (ch) => `\\${ch}`)
		.replace(LINE_START, (_match, indent: string, marker: string) => `${indent}${escapeMarker(marker)}`);
}

function escapeMarker(marker: string): string {
	const last = marker.length - 1;
	return marker.slice(0, last) + '\\' + marker[last];
}
