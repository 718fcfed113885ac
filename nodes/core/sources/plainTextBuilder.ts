const SPACE = 0x20;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** Spaces, tabs and the no-break space collapse to one space; line feeds and carriage returns are line breaks. */
function isLayoutWhitespace(code: number): boolean {
	return (
		code === SPACE ||
		code === LINE_FEED ||
		code === CARRIAGE_RETURN ||
		code === 0x09 ||
		code === 0x0b ||
		code === 0x0c ||
		code === 0xa0
	);
}

/**
 * Plain text assembled piece by piece in one pass: runs of spaces and tabs become one space, line
 * breaks are kept, never more than one blank line in a row, no space at either end of a line or of
 * the text. Scoring and messages work on words; layout whitespace from markup must not reach them.
 * Text that is already tidy (words with single spaces) is copied in one piece.
 */
export class PlainTextBuilder {
	private text = '';
	private pendingSpace = false;
	/** Line breaks waiting for the next word: 1 is a line break, 2 a blank line. */
	private pendingBreaks = 0;
	private afterCarriageReturn = false;

	append(piece: string): void {
		const length = piece.length;
		let index = 0;
		while (index < length) {
			while (index < length && isLayoutWhitespace(piece.charCodeAt(index)))
				this.whitespace(piece.charCodeAt(index++));
			if (index >= length) return;
			// The longest run that needs no change: non-space characters, single spaces between them.
			const runStart = index;
			while (index < length) {
				const code = piece.charCodeAt(index);
				if (!isLayoutWhitespace(code)) index++;
				else if (
					code === SPACE &&
					index + 1 < length &&
					!isLayoutWhitespace(piece.charCodeAt(index + 1))
				)
					index += 2;
				else break;
			}
			this.word(piece.slice(runStart, index));
		}
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
		return this.text.trim();
	}

	private whitespace(code: number): void {
		// "\r\n" is one line break, also when a piece ends between the two.
		if (code === CARRIAGE_RETURN || (code === LINE_FEED && !this.afterCarriageReturn))
			this.lineBreak();
		else if (code !== LINE_FEED) this.pendingSpace = true;
		this.afterCarriageReturn = code === CARRIAGE_RETURN;
	}

	private word(run: string): void {
		this.afterCarriageReturn = false;
		if (this.text !== '') {
			if (this.pendingBreaks > 0) this.text += this.pendingBreaks === 1 ? '\n' : '\n\n';
			else if (this.pendingSpace) this.text += ' ';
		}
		this.pendingBreaks = 0;
		this.pendingSpace = false;
		this.text += run;
	}
}

/** Plain text (not HTML) with its layout whitespace tidied the same way: a Mastodon content warning. */
export function tidyPlainText(text: string): string {
	const builder = new PlainTextBuilder();
	builder.append(text);
	return builder.toString();
}
