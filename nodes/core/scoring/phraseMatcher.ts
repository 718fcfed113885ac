import type { CategoryName } from './CrisisScore';
import type { LexiconEntry } from './lexicon/LexiconEntry';
import { isClauseBreak } from './tokenize';

interface CompiledWord {
	text: string;
	isStem: boolean;
}

export interface CompiledEntry {
	words: CompiledWord[];
	valence: number;
	negated: number | undefined;
	categories: CategoryName[];
	lukewarm: boolean;
	/** "thanks", "sorry to bother": politeness, which counts only when the rest of the text is not a complaint. */
	polite: boolean;
}

export interface LanguageRules {
	/** Maps a lower-cased token to the form lexicon keys use (Turkish: ASCII-folded). */
	normalize: (word: string) => string;
	/** Words that negate what follows them within `negationReach` tokens ("not", "never"). */
	negators: ReadonlySet<string>;
	negationReach: number;
	/** Word stems that negate the entry right before them ("değil", "yok"). */
	postNegators: readonly string[];
	/** Does the rest of a stem-matched word make it negative (Turkish -madı, -mıyor)? */
	negativeSuffix: (rest: string) => boolean;
	/**
	 * Is a word no entry knows a negative verb form ("kesmiyor", "getirmedi")? In an agglutinative language
	 * that is a complaint whatever the verb; it then scores `negativeFormValence`.
	 */
	negativeForm: (word: string) => boolean;
	negativeFormValence: number;
	intensifiers: ReadonlySet<string>;
	/** "but", "ama": what comes after weighs more than what came before. */
	contrasts: ReadonlySet<string>;
	/** "why", "neden": a question with one of these is a complaint, not a request for information. */
	complaintQuestions: ReadonlySet<string>;
}

/** What the matcher needs to know about one token, worked out once per distinct token. */
export interface TokenFacts {
	/** The token as lexicon keys are written (Turkish: ASCII-folded). */
	key: string;
	/** Entries whose first word matches this token: exact ones first, then by stem, longest stem first. */
	candidates: readonly CompiledEntry[];
	/** Starts no entry and plays no part of its own (most words): the matcher passes over it at once. */
	inert: boolean;
	/** The most words of any candidate: 1 means the first candidate is the match, with nothing to compare. */
	longestCandidate: number;
	negator: boolean;
	/** Negates the entry right before it ("değil", "yok"). */
	postNegator: boolean;
	intensifier: boolean;
	contrast: boolean;
	clauseBreak: boolean;
	/** Punctuation that ends a sentence (. ! ?); `question` when it holds a question mark. */
	sentenceEnd: boolean;
	question: boolean;
	complaintQuestion: boolean;
}

/** Entries keyed by their first word, longest phrase first so "still waiting" wins over "still". */
export interface CompiledLexicon {
	rules: LanguageRules;
	exact: Map<string, CompiledEntry[]>;
	stems: Map<string, CompiledEntry[]>;
	/** Distinct stem lengths, longest first: a token is looked up only under prefixes of these lengths. */
	stemLengths: number[];
	/**
	 * Facts per distinct token, filled as texts are scored (a vocabulary repeats a lot, so this makes a
	 * batch fast). Owned by one scorer, bounded by FACTS_LIMIT; never affects results, only speed.
	 */
	facts: Map<string, TokenFacts>;
}

const FACTS_LIMIT = 200_000;
const NO_CANDIDATES: readonly CompiledEntry[] = Object.freeze([]);

export interface LexiconHit {
	entry: CompiledEntry;
	start: number;
	end: number;
	negated: boolean;
	/** Index of the negator that flipped this hit, -1 for suffix negation or none. */
	negatorIndex: number;
	intensified: boolean;
	/** Inside a sentence that asks for information ("is my flight delayed?"): its words describe, they do not complain. */
	questioned: boolean;
}

export interface MatchResult {
	hits: LexiconHit[];
	/** Negator tokens that did not negate any hit: on their own they still signal a complaint ("still not here"). */
	looseNegators: number;
	/** Of those, the ones inside information requests ("can I fly without a fee?"). */
	questionedLooseNegators: number;
	/** Token index of the last contrast word ("but"), -1 when none. */
	contrastIndex: number;
}

function compileWords(phrase: string, normalize: (word: string) => string): CompiledWord[] {
	return phrase
		.trim()
		.split(/\s+/)
		.map((raw) => {
			const isStem = raw.length > 1 && raw.endsWith('*');
			return { text: normalize(isStem ? raw.slice(0, -1) : raw), isStem };
		});
}

interface DraftEntry extends CompiledEntry {
	hasValence: boolean;
}

/**
 * Compiles entries once per scorer. Entries with the same phrase merge: the last valence given wins (so a
 * later list overrides an earlier one), categories add up. A phrase then inherits what its own words
 * would have scored, because matching it hides them: "lost my bag" (a category phrase) keeps the valence
 * of "lost", "worst customer service" (a sentiment phrase) keeps the category of "customer service".
 */
export function compileLexicon(entries: Iterable<LexiconEntry>, rules: LanguageRules): CompiledLexicon {
	const byPhrase = new Map<string, DraftEntry>();
	for (const entry of entries) {
		const words = compileWords(entry.phrase.toLowerCase(), rules.normalize);
		if (words.length === 0 || words.some((word) => word.text === '')) continue;
		const key = words.map((word) => word.text + (word.isStem ? '*' : '')).join(' ');
		let compiled = byPhrase.get(key);
		if (!compiled) {
			compiled = { words, valence: 0, negated: undefined, categories: [], lukewarm: false, polite: false, hasValence: false };
			byPhrase.set(key, compiled);
		}
		if (entry.valence !== undefined) {
			compiled.valence = entry.valence;
			compiled.negated = entry.negated;
			compiled.hasValence = true;
		}
		if (entry.category && !compiled.categories.includes(entry.category)) compiled.categories.push(entry.category);
		if (entry.lukewarm) compiled.lukewarm = true;
		if (entry.polite) compiled.polite = true;
	}

	const exact = new Map<string, CompiledEntry[]>();
	const stems = new Map<string, CompiledEntry[]>();
	const stemLengths = new Set<number>();
	for (const compiled of byPhrase.values()) {
		const first = compiled.words[0];
		const index = first.isStem ? stems : exact;
		if (first.isStem) stemLengths.add(first.text.length);
		const list = index.get(first.text);
		if (list) list.push(compiled);
		else index.set(first.text, [compiled]);
	}
	for (const list of [...exact.values(), ...stems.values()]) list.sort((a, b) => b.words.length - a.words.length);
	const lexicon: CompiledLexicon = {
		rules,
		exact,
		stems,
		stemLengths: [...stemLengths].sort((a, b) => b - a),
		facts: new Map(),
	};

	// Shorter entries first, so a phrase inherits from words that already inherited themselves.
	const drafts = [...byPhrase.values()].sort((a, b) => a.words.length - b.words.length);
	for (const draft of drafts) {
		if (draft.words.length === 1) inheritFromAlternatives(lexicon, draft);
		else inheritFromWords(lexicon, draft);
	}
	return lexicon;
}

/** The valence an entry gives this token: its negated one when a stem entry meets a negative suffix. */
function valenceFor(lexicon: CompiledLexicon, entry: CompiledEntry, key: string): number {
	const last = entry.words[entry.words.length - 1];
	if (last.isStem && entry.negated !== undefined && lexicon.rules.negativeSuffix(key.slice(last.text.length))) return entry.negated;
	return entry.valence;
}

function addCategories(target: CompiledEntry, categories: readonly CategoryName[]): void {
	for (const category of categories) if (!target.categories.includes(category)) target.categories.push(category);
}

/**
 * A single word (or stem) hides the other single-word entries it also matches ("scam" in AFINN hides the
 * category stem "scam*"; the category word "gelmedi" hides the stem "gel*" and its negative suffix;
 * "dolandırıcı*" hides "dolandır*"): it takes their categories, and their valence when it has none.
 */
function inheritFromAlternatives(lexicon: CompiledLexicon, word: DraftEntry): void {
	const key = word.words[0].text;
	for (const other of factsOf(lexicon, key).candidates) {
		if (other === word || other.words.length !== 1) continue;
		addCategories(word, other.categories);
		if (!word.hasValence && (other as DraftEntry).hasValence) {
			word.valence = valenceFor(lexicon, other, key);
			word.hasValence = true;
		}
	}
}

function inheritFromWords(lexicon: CompiledLexicon, phrase: DraftEntry): void {
	const facts = phrase.words.map((word) => factsOf(lexicon, word.text));
	let valence = 0;
	for (let index = 0; index < facts.length; index++) {
		const inner = longestMatch(facts, index, facts.length, phrase.words.length - 1);
		if (inner === undefined) continue;
		valence += valenceFor(lexicon, inner, facts[index + inner.words.length - 1].key);
		addCategories(phrase, inner.categories);
		index += inner.words.length - 1;
	}
	if (!phrase.hasValence) phrase.valence = valence;
}

/** A lower-case Latin letter (Turkish and other accented ones included) that people stretch: "sloooow", "çoook". */
function isStretchable(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 0xe0 && code <= 0x24f);
}

/**
 * The word with every letter written three times or more in a row written `keep` times instead; the word
 * itself when it has no such run. A loop rather than a regular expression with a back-reference: that
 * one ran out of stack on a letter repeated a few million times.
 */
function shortenStretches(word: string, keep: number): string {
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

/**
 * Facts of a token in this lexicon; a handle or a URL gets none (no entry starts with '@' or 'http'). A
 * word stretched for emphasis that no entry knows is read as written normally, with the stretched letters
 * twice ("goood" → good) or once ("sloooow" → slow).
 */
export function computeFacts(lexicon: CompiledLexicon, token: string): TokenFacts {
	const facts = computeExactFacts(lexicon, token);
	if (!facts.inert || facts.intensifier || facts.postNegator) return facts;
	const twice = shortenStretches(facts.key, 2);
	if (twice !== facts.key) {
		for (const shortened of [twice, shortenStretches(facts.key, 1)]) {
			const read = computeExactFacts(lexicon, shortened);
			if (!read.inert || read.intensifier || read.postNegator) return read;
		}
	}
	return facts;
}

function computeExactFacts(lexicon: CompiledLexicon, token: string): TokenFacts {
	const { rules } = lexicon;
	const key = rules.normalize(token);
	const clauseBreak = isClauseBreak(key);
	let candidates: CompiledEntry[] | undefined = lexicon.exact.get(key);
	for (const length of lexicon.stemLengths) {
		if (length > key.length) continue;
		const byStem = lexicon.stems.get(key.slice(0, length));
		if (byStem) candidates = candidates ? [...candidates, ...byStem] : byStem;
	}
	if (candidates === undefined && rules.negativeForm(key)) {
		candidates = [
			{ words: [{ text: key, isStem: false }], valence: rules.negativeFormValence, negated: undefined, categories: [], lukewarm: false, polite: false },
		];
	}
	const negator = rules.negators.has(key);
	const contrast = rules.contrasts.has(key);
	const complaintQuestion = rules.complaintQuestions.has(key);
	return {
		key,
		candidates: candidates ?? NO_CANDIDATES,
		inert: candidates === undefined && !negator && !contrast && !clauseBreak && !complaintQuestion,
		longestCandidate: candidates === undefined ? 0 : Math.max(...candidates.map((entry) => entry.words.length)),
		negator,
		postNegator: rules.postNegators.some((stem) => key.startsWith(stem)),
		intensifier: rules.intensifiers.has(key),
		contrast,
		clauseBreak,
		sentenceEnd: clauseBreak && /[.!?]/.test(key),
		// One plain "?" asks; "???" and "?!" exclaim.
		question: clauseBreak && key.includes('?') && !key.includes('??') && !key.includes('!'),
		complaintQuestion,
	};
}

export function factsOf(lexicon: CompiledLexicon, token: string): TokenFacts {
	let facts = lexicon.facts.get(token);
	if (facts === undefined) {
		if (lexicon.facts.size >= FACTS_LIMIT) lexicon.facts.clear();
		facts = computeFacts(lexicon, token);
		lexicon.facts.set(token, facts);
	}
	return facts;
}

function wordMatches(word: CompiledWord, facts: TokenFacts): boolean {
	return word.isStem ? facts.key.startsWith(word.text) : facts.key === word.text;
}

/** The longest entry (in words) that matches at `start` within `count` tokens; among equally long ones the first candidate. */
function longestMatch(facts: readonly TokenFacts[], start: number, count: number, maxWords = Infinity): CompiledEntry | undefined {
	let best: CompiledEntry | undefined;
	for (const entry of facts[start].candidates) {
		const length = entry.words.length;
		if (length > maxWords || start + length > count || (best && length <= best.words.length)) continue;
		let matched = true;
		for (let offset = 1; offset < length; offset++) {
			if (!wordMatches(entry.words[offset], facts[start + offset])) {
				matched = false;
				break;
			}
		}
		if (matched) best = entry;
	}
	return best;
}

/**
 * One left-to-right pass over the first `count` tokens' facts (`factsOf` each token in this lexicon): the
 * longest entry at each position, with negation and intensifier context. `inert`, when given, says per
 * token what `facts[index].inert` says, from a flat array the scan filled (cheaper to read).
 */
export function matchLexicon(
	lexicon: CompiledLexicon,
	facts: readonly TokenFacts[],
	count = facts.length,
	inert?: Uint8Array,
): MatchResult {
	const { rules } = lexicon;
	const hits: LexiconHit[] = [];
	let clauseStart = 0;
	let lastNegator = -1;
	let negatorUsed = false;
	let looseNegators = 0;
	let contrastIndex = -1;
	// The sentence being read: where its hits and loose negators start, and whether it asks "why".
	let sentenceHits = 0;
	let sentenceLoose = 0;
	let complaintQuestion = false;
	let questionedLooseNegators = 0;
	for (let index = 0; index < count; index++) {
		if (inert === undefined ? facts[index].inert : inert[index] === 1) continue;
		const token = facts[index];
		if (token.complaintQuestion) complaintQuestion = true;
		let entry =
			token.longestCandidate === 1 ? token.candidates[0] : token.longestCandidate > 1 ? longestMatch(facts, index, count) : undefined;
		// A negator that is also a lexicon word ("no") acts as a negator unless it starts a phrase ("no refund").
		if (entry !== undefined && entry.words.length === 1 && token.negator) entry = undefined;
		if (entry === undefined) {
			if (token.clauseBreak) {
				clauseStart = index + 1;
				if (token.sentenceEnd) {
					if (lastNegator >= 0 && !negatorUsed) looseNegators++;
					lastNegator = -1;
					if (token.question && !complaintQuestion) {
						for (let hit = sentenceHits; hit < hits.length; hit++) hits[hit].questioned = true;
						questionedLooseNegators += looseNegators - sentenceLoose;
					}
					sentenceHits = hits.length;
					sentenceLoose = looseNegators;
					complaintQuestion = false;
				}
			} else if (token.negator) {
				if (lastNegator >= 0 && !negatorUsed) looseNegators++;
				lastNegator = index;
				negatorUsed = false;
			} else if (token.contrast) {
				contrastIndex = index;
				clauseStart = index + 1;
			}
			continue;
		}
		const end = index + entry.words.length;
		const last = entry.words[entry.words.length - 1];
		let negated = last.isStem && rules.negativeSuffix(facts[end - 1].key.slice(last.text.length));
		let negatorIndex = -1;
		let consumed = end;
		if (!negated && end < count && facts[end].postNegator) {
			negated = true;
			consumed = end + 1;
		}
		if (!negated && lastNegator >= clauseStart && lastNegator >= 0 && index - lastNegator <= rules.negationReach) {
			negated = true;
			negatorIndex = lastNegator;
			// Negating a word without valence ("didn't help") leaves the negator a complaint cue of its own.
			negatorUsed = entry.valence !== 0 || entry.negated !== undefined;
		}
		const intensified = index > clauseStart && facts[index - 1].intensifier;
		hits.push({ entry, start: index, end, negated, negatorIndex, intensified, questioned: false });
		index = consumed - 1;
	}
	if (lastNegator >= 0 && !negatorUsed) looseNegators++;
	return { hits, looseNegators, questionedLooseNegators, contrastIndex };
}

/** Does any entry start with this token (exactly, or by a stem at least `minStemLength` long)? Evidence for language detection. */
export function knowsWord(lexicon: CompiledLexicon, token: string, minStemLength: number): boolean {
	if (lexicon.exact.has(token)) return true;
	for (const length of lexicon.stemLengths) {
		if (length < minStemLength) break;
		if (length <= token.length && lexicon.stems.has(token.slice(0, length))) return true;
	}
	return false;
}

/** The words of tokens `start`…`end - 1` as `display` shows them, space-separated (for reasons and categories). */
export function phraseText(display: (index: number) => string, start: number, end: number): string {
	let text = display(start);
	for (let index = start + 1; index < end; index++) text += ` ${display(index)}`;
	return text;
}
