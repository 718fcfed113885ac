import type { CategoryName } from './CrisisScore';
import type { CompiledEntry, CompiledWord } from './CompiledEntry';
import type { CompiledLexicon } from './CompiledLexicon';
import { factsOf } from './factsOf';
import type { LanguageRules } from './LanguageRules';
import type { LexiconEntry } from './lexicon/LexiconEntry';
import { longestMatch } from './longestMatch';

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
export function compileLexicon(
	entries: Iterable<LexiconEntry>,
	rules: LanguageRules,
): CompiledLexicon {
	const byPhrase = new Map<string, DraftEntry>();
	for (const entry of entries) {
		const words = compileWords(entry.phrase.toLowerCase(), rules.normalize);
		if (words.length === 0 || words.some((word) => word.text === '')) continue;
		const key = words.map((word) => word.text + (word.isStem ? '*' : '')).join(' ');
		let compiled = byPhrase.get(key);
		if (!compiled) {
			compiled = {
				words,
				valence: 0,
				negated: undefined,
				categories: [],
				lukewarm: false,
				polite: false,
				hasValence: false,
			};
			byPhrase.set(key, compiled);
		}
		if (entry.valence !== undefined) {
			compiled.valence = entry.valence;
			compiled.negated = entry.negated;
			compiled.hasValence = true;
		}
		if (entry.category && !compiled.categories.includes(entry.category))
			compiled.categories.push(entry.category);
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
	for (const list of [...exact.values(), ...stems.values()])
		list.sort((a, b) => b.words.length - a.words.length);
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
	if (
		last.isStem &&
		entry.negated !== undefined &&
		lexicon.rules.negativeSuffix(key.slice(last.text.length))
	)
		return entry.negated;
	return entry.valence;
}

function addCategories(target: CompiledEntry, categories: readonly CategoryName[]): void {
	for (const category of categories)
		if (!target.categories.includes(category)) target.categories.push(category);
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
