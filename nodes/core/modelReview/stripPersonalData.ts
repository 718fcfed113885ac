/**
 * Removes what identifies people from a text before it leaves for a language model: links, e-mail
 * addresses, @handles (Mastodon's @user@server too) and phone numbers become [link], [email], [handle]
 * and [phone]. One pass over whitespace-separated chunks, each character read a bounded number of times,
 * no regular expression: linear in the text's length whatever it holds.
 */

/** At least this many digits make a run of digits and separators a phone number (dates and times have fewer). */
const PHONE_DIGITS = 9;

function isSpaceCode(code: number): boolean {
	return (
		code === 32 ||
		(code >= 9 && code <= 13) ||
		code === 0xa0 ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x3000 ||
		(code >= 0x2000 && code <= 0x200a)
	);
}

function isAsciiAlphanumeric(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Characters of an e-mail's local part (the common ones of RFC 5322's atext). */
function isLocalPart(code: number): boolean {
	return (
		isAsciiAlphanumeric(code) ||
		code === 46 ||
		code === 95 ||
		code === 37 ||
		code === 43 ||
		code === 45
	);
}

function isDomainPart(code: number): boolean {
	return isAsciiAlphanumeric(code) || code === 46 || code === 45;
}

function isHandlePart(code: number): boolean {
	return isAsciiAlphanumeric(code) || code === 95 || code === 46 || code === 45;
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

/** Characters a written phone number is made of: digits, +, parentheses, dashes, dots, slashes. */
function isPhonePart(code: number): boolean {
	return (
		isDigit(code) ||
		code === 43 ||
		code === 40 ||
		code === 41 ||
		code === 45 ||
		code === 46 ||
		code === 47
	);
}

function startsWithIgnoringCase(text: string, at: number, prefix: string): boolean {
	if (at + prefix.length > text.length) return false;
	for (let index = 0; index < prefix.length; index++) {
		const code = text.charCodeAt(at + index);
		const lower = code >= 65 && code <= 90 ? code + 32 : code;
		if (lower !== prefix.charCodeAt(index)) return false;
	}
	return true;
}

/** Trailing sentence punctuation belongs to the sentence, not to the address before it. */
function withoutTrailingPunctuation(text: string, start: number, end: number): number {
	while (end > start) {
		const code = text.charCodeAt(end - 1);
		if (
			code !== 46 &&
			code !== 44 &&
			code !== 33 &&
			code !== 63 &&
			code !== 58 &&
			code !== 59 &&
			code !== 41 &&
			code !== 45
		)
			break;
		end--;
	}
	return end;
}

/** A chunk (no whitespace) with its links, e-mails and handles replaced; each character is read at most twice. */
function stripChunk(text: string, start: number, end: number): string {
	let out = '';
	let copied = start;
	let at = start;
	while (at < end) {
		const code = text.charCodeAt(at);
		const linkStart =
			(code === 104 || code === 72 || code === 119 || code === 87) &&
			(at === start || !isAsciiAlphanumeric(text.charCodeAt(at - 1)));
		if (
			linkStart &&
			(startsWithIgnoringCase(text, at, 'http://') ||
				startsWithIgnoringCase(text, at, 'https://') ||
				startsWithIgnoringCase(text, at, 'www.'))
		) {
			const linkEnd = withoutTrailingPunctuation(text, at, end);
			out += `${text.slice(copied, at)}[link]`;
			copied = at = linkEnd;
			continue;
		}
		if (code !== 64) {
			at++;
			continue;
		}
		// An "@": an e-mail when a local part stands before it and a dotted domain after it, else a handle.
		let localStart = at;
		while (localStart > copied && isLocalPart(text.charCodeAt(localStart - 1))) localStart--;
		let domainEnd = at + 1;
		let dotted = false;
		while (domainEnd < end && isDomainPart(text.charCodeAt(domainEnd))) {
			if (text.charCodeAt(domainEnd) === 46) dotted = true;
			domainEnd++;
		}
		domainEnd = withoutTrailingPunctuation(text, at + 1, domainEnd);
		if (localStart < at && dotted && text.charCodeAt(domainEnd - 1) !== 46) {
			out += `${text.slice(copied, localStart)}[email]`;
			copied = at = domainEnd;
			continue;
		}
		if (localStart === at) {
			let handleEnd = at + 1;
			while (handleEnd < end && isHandlePart(text.charCodeAt(handleEnd))) handleEnd++;
			// Mastodon's @user@server.social is one handle.
			if (handleEnd < end && handleEnd > at + 1 && text.charCodeAt(handleEnd) === 64) {
				handleEnd++;
				while (handleEnd < end && isDomainPart(text.charCodeAt(handleEnd))) handleEnd++;
			}
			handleEnd = withoutTrailingPunctuation(text, at + 1, handleEnd);
			if (handleEnd > at + 1) {
				out += `${text.slice(copied, at)}[handle]`;
				copied = at = handleEnd;
				continue;
			}
		}
		at++;
	}
	return out + text.slice(copied, end);
}

function withoutClauseMarks(text: string, start: number, end: number): number {
	while (end > start) {
		const code = text.charCodeAt(end - 1);
		if (code !== 44 && code !== 33 && code !== 63 && code !== 58 && code !== 59) break;
		end--;
	}
	return end;
}

/** A chunk made only of phone characters, and how many digits it holds (-1 when it is not one). */
function phoneDigits(text: string, start: number, end: number): number {
	let digits = 0;
	for (let at = start; at < end; at++) {
		const code = text.charCodeAt(at);
		if (!isPhonePart(code)) return -1;
		if (isDigit(code)) digits++;
	}
	return digits;
}

export function stripPersonalData(text: string): string {
	let out = '';
	// A run of chunks that may together be one phone number ("+90 555 123 45 67"), kept until it ends.
	let runStart = -1;
	let runEnd = -1;
	let runDigits = 0;
	let copied = 0;
	const closeRun = () => {
		if (runStart < 0) return;
		if (runDigits >= PHONE_DIGITS) {
			const end = withoutTrailingPunctuation(text, runStart, runEnd);
			out += `${text.slice(copied, runStart)}[phone]`;
			copied = end;
		}
		runStart = -1;
		runDigits = 0;
	};
	let at = 0;
	while (at < text.length) {
		if (isSpaceCode(text.charCodeAt(at))) {
			at++;
			continue;
		}
		const start = at;
		while (at < text.length && !isSpaceCode(text.charCodeAt(at))) at++;
		// "4567," ends a phone number and the clause: the number may end here, the mark stays.
		const numberEnd = withoutClauseMarks(text, start, at);
		const digits = numberEnd > start ? phoneDigits(text, start, numberEnd) : -1;
		if (digits >= 0) {
			if (runStart < 0) runStart = start;
			runEnd = numberEnd;
			runDigits += digits;
			if (numberEnd < at) closeRun();
			continue;
		}
		closeRun();
		const stripped = stripChunk(text, start, at);
		if (stripped.length !== at - start || stripped !== text.slice(start, at)) {
			out += `${text.slice(copied, start)}${stripped}`;
			copied = at;
		}
	}
	closeRun();
	return out + text.slice(copied);
}
