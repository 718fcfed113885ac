const SPACE = 0x20;
const TAB = 0x09;
const VERTICAL_TAB = 0x0b;
const FORM_FEED = 0x0c;
const NO_BREAK_SPACE = 0xa0;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Plain text assembled piece by piece in one pass: runs of spaces and tabs become one space, line
 * breaks are kept, never more than one blank line in a row, no space at either end of a line or of
 * the text. Scoring and messages work on words; layout whitespace from markup must not reach them.
 */
export class PlainTextBuilder {
	private readonly parts: string[] = [];
	private pendingSpace = false;
	/** Line breaks waiting for the next word: 1 is a line break, 2 a blank line. */
	private pendingBreaks = 0;

	append(text: string): void {
		let wordStart = -1;
		for (let index = 0; index < text.length; index++) {
			const code = text.charCodeAt(index);
			const isBreak = code === LINE_FEED || code === CARRIAGE_RETURN;
			if (!isBreak && code !== SPACE && code !== TAB && code !== VERTICAL_TAB && code !== FORM_FEED && code !== NO_BREAK_SPACE) {
				if (wordStart < 0) wordStart = index;
				continue;
			}
			if (wordStart >= 0) this.word(text.slice(wordStart, index));
			wordStart = -1;
			if (!isBreak) this.pendingSpace = true;
			else if (!(code === LINE_FEED && index > 0 && text.charCodeAt(index - 1) === CARRIAGE_RETURN)) this.lineBreak();
		}
		if (wordStart >= 0) this.word(text.slice(wordStart));
	}

	/** A separator between words that need one (table cells, list bullets) without a line break. */
	space(): void {
		this.pendingSpace = true;
	}

	lineBreak(): void {
		this.pendingBreaks = Math.min(2, this.pendingBreaks + 1);
	}

	paragraphBreak(): void {
		this.pendingBreaks = 2;
	}

	toString(): string {
		// Unicode spaces other than the ones collapsed above (U+3000, U+2028 …) may still end the text.
		return this.parts.join('').trim();
	}

	private word(text: string): void {
		if (this.parts.length > 0) {
			if (this.pendingBreaks > 0) this.parts.push(this.pendingBreaks === 1 ? '\n' : '\n\n');
			else if (this.pendingSpace) this.parts.push(' ');
		}
		this.pendingBreaks = 0;
		this.pendingSpace = false;
		this.parts.push(text);
	}
}

/** Plain text (not HTML) with its layout whitespace tidied the same way: a Mastodon content warning. */
export function tidyPlainText(text: string): string {
	const builder = new PlainTextBuilder();
	builder.append(text);
	return builder.toString();
}
