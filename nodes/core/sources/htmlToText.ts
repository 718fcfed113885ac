import { replaceDelimited } from './replaceDelimited';

/**
 * Plain text from the HTML that Mastodon, YouTube, Hacker News and feeds send: tags removed, block
 * ends kept as line breaks, entities decoded. Scoring works on words, so markup must not leak in.
 */
const NAMED_ENTITIES: Record<string, string> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '',
	ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„',
	laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', deg: '°', copy: '©', reg: '®',
	trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', times: '×', divide: '÷',
	plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾', iexcl: '¡', iquest: '¿', zwj: '\u200d', zwnj: '\u200c',
	Ccedil: 'Ç', ccedil: 'ç', Ouml: 'Ö', ouml: 'ö', Uuml: 'Ü', uuml: 'ü', Auml: 'Ä', auml: 'ä', Euml: 'Ë', euml: 'ë',
	Iuml: 'Ï', iuml: 'ï', szlig: 'ß', Aacute: 'Á', aacute: 'á', Eacute: 'É', eacute: 'é', Iacute: 'Í', iacute: 'í',
	Oacute: 'Ó', oacute: 'ó', Uacute: 'Ú', uacute: 'ú', Agrave: 'À', agrave: 'à', Egrave: 'È', egrave: 'è',
	Igrave: 'Ì', igrave: 'ì', Ograve: 'Ò', ograve: 'ò', Ugrave: 'Ù', ugrave: 'ù', Acirc: 'Â', acirc: 'â',
	Ecirc: 'Ê', ecirc: 'ê', Icirc: 'Î', icirc: 'î', Ocirc: 'Ô', ocirc: 'ô', Ucirc: 'Û', ucirc: 'û', Atilde: 'Ã',
	atilde: 'ã', Otilde: 'Õ', otilde: 'õ', Ntilde: 'Ñ', ntilde: 'ñ', Aring: 'Å', aring: 'å', AElig: 'Æ', aelig: 'æ',
	Oslash: 'Ø', oslash: 'ø', Scaron: 'Š', scaron: 'š', Gbreve: 'Ğ', gbreve: 'ğ', Idot: 'İ', imath: 'ı',
	inodot: 'ı', Scedil: 'Ş', scedil: 'ş',
};

const BLOCK_END = /<\/(p|div|li|h[1-6]|blockquote|pre|tr|table|ul|ol|section|article)\s*>/gi;

export function htmlToText(html: string): string {
	const withoutInvisible = removeInvisible(html);
	// Every tag pattern below ends in ">": text after the last ">" holds no tag, and leaving it out keeps
	// each pattern linear (a "[^>]*" that never meets a ">" rescans the rest of the text from every "<").
	const tagsEnd = withoutInvisible.lastIndexOf('>') + 1;
	const withBreaks = withoutInvisible
		.slice(0, tagsEnd)
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(BLOCK_END, '\n\n')
		// Hacker News separates paragraphs with a bare opening <p>.
		.replace(/<p\b[^>]*>/gi, '\n\n')
		.replace(/<li\b[^>]*>/gi, '• ');
	const withoutTags = withBreaks.replace(/<\/?[a-zA-Z][^>]*>/g, '') + withoutInvisible.slice(tagsEnd);
	return normaliseWhitespace(decodeEntities(withoutTags));
}

/** Comments, scripts, styles and templates removed; CDATA sections unwrapped. */
function removeInvisible(html: string): string {
	const closers: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi, template: /<\/template\s*>/gi };
	const commentEnd = /-->/g;
	const cdataEnd = /\]\]>/g;
	const withoutComments = replaceDelimited(html, /<!--/g, () => commentEnd, () => '');
	const withoutScripts = replaceDelimited(withoutComments, /<(script|style|template)\b/gi, (open) => closers[open[1].toLowerCase()], () => '');
	return replaceDelimited(withoutScripts, /<!\[CDATA\[/g, () => cdataEnd, (inner) => inner);
}

export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z][a-zA-Z0-9]*);/g, (whole, body: string) => {
		if (body.startsWith('#x') || body.startsWith('#X')) return fromCodePoint(parseInt(body.slice(2), 16), whole);
		if (body.startsWith('#')) return fromCodePoint(parseInt(body.slice(1), 10), whole);
		return NAMED_ENTITIES[body] ?? whole;
	});
}

function fromCodePoint(code: number, fallback: string): string {
	if (!Number.isInteger(code) || code < 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return fallback;
	return String.fromCodePoint(code);
}

function normaliseWhitespace(text: string): string {
	return text
		.replace(/\u00a0/g, ' ')
		.replace(/[ \t\f\v]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
