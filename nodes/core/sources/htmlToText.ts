import { decodeHtmlText } from './decodeEntities';
import { readMarkup } from './markupReader';
import { PlainTextBuilder } from './plainTextBuilder';

/**
 * HTML longer than this is cut before it is read: no post, comment or feed entry comes near 2 million
 * characters, and the cut bounds the time one hostile entry can take.
 */
export const MAX_HTML_CHARS = 2_000_000;

/** An unfinished tag at the end of the text up to this long is read as words ("Is 3<5", "a <b"). */
const MAX_UNFINISHED_TAG_AS_TEXT = 1_000;
/** Elements whose start and end are paragraph breaks (Hacker News separates paragraphs with a bare <p>). */
const BLOCKS = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'dd',
	'details',
	'div',
	'dl',
	'dt',
	'fieldset',
	'figcaption',
	'figure',
	'footer',
	'form',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hr',
	'li',
	'main',
	'nav',
	'ol',
	'p',
	'pre',
	'section',
	'summary',
	'table',
	'tbody',
	'tfoot',
	'thead',
	'tr',
	'ul',
]);
/** Elements that change the layout of the text around them. */
const LAYOUT = new Set([...BLOCKS, 'br', 'td', 'th']);
/** Content a reader never sees. Script and style hold raw text up to their end tag; template holds markup. */
const RAW_HIDDEN = new Set(['script', 'style']);
const TEMPLATE = 'template';

/**
 * Plain text from the HTML that Mastodon, YouTube, Hacker News, feeds and API errors send: tags removed,
 * block ends kept as line breaks, scripts, styles, templates and comments dropped, entities decoded the
 * way a browser decodes them. Scoring works on words, so markup must not leak in. Linear in the input,
 * which is read up to MAX_HTML_CHARS.
 */
export function htmlToText(html: string): string {
	const cut = html.length > MAX_HTML_CHARS;
	return visibleText(cut ? html.slice(0, MAX_HTML_CHARS) : html, cut);
}

// The X, Reddit and App Store adapters import it from here.
export { decodeEntities } from './decodeEntities';

function visibleText(source: string, cut: boolean): string {
	const text = new PlainTextBuilder();
	let tagName = '';
	let inRawHidden = false;
	let openTemplates = 0;
	// Where the last complete token ended: the tokenizer drops a tag that the end of the text cuts off.
	let readTo = 0;
	// Text between two tags can arrive in pieces (around CDATA, comments); it is handed over in one piece.
	let visible = '';
	const hidden = () => inRawHidden || openTemplates > 0;
	const show = (piece: string) => {
		if (!hidden()) visible += piece;
	};
	const layoutAt = (name: string, edge: 'start' | 'end') => {
		if (hidden() || !LAYOUT.has(name)) return;
		text.append(visible);
		visible = '';
		layout(text, name, edge);
	};
	const startTag = (selfClosing: boolean) => {
		if (RAW_HIDDEN.has(tagName)) inRawHidden = !selfClosing;
		else if (tagName === TEMPLATE) openTemplates += selfClosing ? 0 : 1;
		else layoutAt(tagName, 'start');
	};

	// Entities are decoded a run of text at a time (a callback per entity costs more), as a browser decodes them.
	readMarkup(
		source,
		{ xmlMode: false, decodeEntities: false },
		{
			ontext: (start, end) => {
				// -1: text the tokenizer reports after an end tag the input cuts off; that tag is handled below.
				if (start < 0) return;
				readTo = end;
				if (!hidden()) visible += decodeHtmlText(source.slice(start, end));
			},
			// CDATA has no meaning in HTML; what it wraps is shown as written.
			oncdata: (start, end, endOffset) => {
				readTo = end + 1;
				show(source.slice(start, end - endOffset));
			},
			oncomment: (_start, end) => (readTo = end + 1),
			ondeclaration: (_start, end) => (readTo = end + 1),
			onprocessinginstruction: (_start, end) => (readTo = end + 1),
			onopentagname: (start, end) => (tagName = source.slice(start, end).toLowerCase()),
			onopentagend: (end) => {
				readTo = end + 1;
				startTag(false);
			},
			onselfclosingtag: (end) => {
				readTo = end + 1;
				startTag(true);
			},
			onclosetag: (start, end) => {
				// The tokenizer skips to the ">" of an end tag without reporting it; these characters are its own.
				const closedAt = source.indexOf('>', end);
				readTo = closedAt < 0 ? start - 2 : closedAt + 1;
				const name = source.slice(start, end).toLowerCase();
				if (RAW_HIDDEN.has(name)) inRawHidden = false;
				else if (name === TEMPLATE) openTemplates = Math.max(0, openTemplates - 1);
				else layoutAt(name, 'end');
			},
		},
	);

	// A "<" near the end that never met its ">" was words ("a <b"), unless the cut made it so; a long one is dropped as a browser drops it.
	if (!cut && readTo < source.length && source.length - readTo <= MAX_UNFINISHED_TAG_AS_TEXT)
		show(decodeHtmlText(source.slice(readTo)));
	text.append(visible);
	return text.toString();
}

function layout(text: PlainTextBuilder, name: string, edge: 'start' | 'end'): void {
	if (name === 'br') text.lineBreak();
	else if (name === 'li' && edge === 'start') {
		text.lineBreak();
		text.append('• ');
	} else if (BLOCKS.has(name)) text.paragraphBreak();
	else if (name === 'td' || name === 'th') text.space();
}
