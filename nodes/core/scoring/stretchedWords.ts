/** A lower-case Latin letter (Turkish and other accented ones included) that people stretch: "sloooow", "çoook". */
function isStretchable(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 0xe0 && code <= 0x24f);
}

/**
 * The word with every letter written three times or more in a row written `keep` times instead; the word
 * itself when it has no such run. A loop rather than a regular expression with a back-reference: that
 * one ran out of stack on a letter repeated a few million times.
 */
export function shortenStretches(word: string, keep: number): string {
	let shortened = '';
	let copiedTo = 0;
	let index = 0;
	while (index < word.length) {
		const code = word.charCodeAt(index);
		let end = index + 1;
		while (end < word.length && word.charCodeAt(end) === code) end++;
		if (end - index >= 3 && isStretchable(code)) {
			shortened += word.slice(copiedTo, index + keep);
			copiedTo = end;
		}
		index = end;
	}
	return copiedTo === 0 ? word : shortened + word.slice(copiedTo);
}
