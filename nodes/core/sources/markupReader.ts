import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

export type MarkupCallbacks = Partial<TokenizerCallbacks>;

const IGNORED: TokenizerCallbacks = {
	onattribdata() {},
	onattribentity() {},
	onattribend() {},
	onattribname() {},
	oncdata() {},
	onclosetag() {},
	oncomment() {},
	ondeclaration() {},
	onend() {},
	onopentagend() {},
	onopentagname() {},
	onprocessinginstruction() {},
	onselfclosingtag() {},
	ontext() {},
	ontextentity() {},
};

/**
 * Reads HTML or XML written by strangers with htmlparser2's tokenizer: a state machine that looks at each
 * character once, so any input takes linear time. Its Parser is not used: it keeps open elements in an
 * array that it unshifts and searches on every tag, quadratic on deeply nested or unclosed markup (1 MB
 * of "<b>" took 33 s); callers keep what they need in O(1) per event. Positions in the callbacks are
 * indices into `source`; callbacks not given are ignored.
 */
export function readMarkup(
	source: string,
	options: { xmlMode: boolean; decodeEntities: boolean },
	callbacks: MarkupCallbacks,
): void {
	const tokenizer = new Tokenizer(options, { ...IGNORED, ...callbacks });
	tokenizer.write(source);
	tokenizer.end();
}
