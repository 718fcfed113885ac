/** Characters that must never reach a channel unseen: bidi overrides, zero-width, controls, tags, a lone surrogate. */
export const HIDDEN = [
	'\u202E',
	'\u2066',
	'\u200B',
	'\u200C',
	'\u2060',
	'\uFEFF',
	'\u00AD',
	'\u0000',
	'\u001B',
	'\u0085',
	'\u2028',
	'\u{E0041}',
	'\uD800',
];

/** What every channel does to text before escaping it, written out independently of the code under test. */
export function withoutHidden(text: string): string {
	let out = '';
	const points = [...text.replace(/\r\n|\r|\u0085|\u2028|\u2029/g, '\n')];
	points.forEach((ch, i) => {
		const code = ch.codePointAt(0) as number;
		const zwjInEmoji =
			code === 0x200d &&
			/[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u.test(points[i - 1] ?? '') &&
			/\p{Extended_Pictographic}/u.test(points[i + 1] ?? '');
		const hidden =
			(code < 0x20 && ch !== '\t' && ch !== '\n') ||
			(code >= 0x7f && code <= 0x9f) ||
			[0xad, 0x34f, 0x61c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x3164, 0xfeff, 0xffa0].includes(
				code,
			) ||
			(code >= 0x200b && code <= 0x200f && !zwjInEmoji) ||
			(code >= 0x202a && code <= 0x202e) ||
			(code >= 0x2060 && code <= 0x206f) ||
			(code >= 0xfff9 && code <= 0xfffb) ||
			(code >= 0xe0000 && code <= 0xe007f);
		if (code >= 0xd800 && code <= 0xdfff) out += '\uFFFD';
		else if (!hidden) out += ch;
	});
	return out;
}
