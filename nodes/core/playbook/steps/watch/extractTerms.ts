import type { ScoredMention } from '../../reading/ScoredMention';
import { STOPWORDS } from './stopwords';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
const HASHTAG = /#([\p{L}\p{N}_]+)/gu;
const URL = /https?:\/\/\S+/g;

/** Lower case the way the mention's language does it (Turkish dotted/dotless i). */
export function lowerFor(text: string, mention: ScoredMention): string {
	const language = (mention.language ?? mention.crisis?.language ?? '').toLowerCase();
	return language.startsWith('tr') ? text.toLocaleLowerCase('tr') : text.toLowerCase();
}

/** Distinct keywords of one mention: no stop words, no brand words, no links, no hashtags (those are counted apart). */
export function keywordsOf(mention: ScoredMention, excluded: ReadonlySet<string>): Set<string> {
	const text = lowerFor(mention.text, mention).replace(URL, ' ').replace(HASHTAG, ' ');
	const terms = new Set<string>();
	for (const match of text.matchAll(WORD)) {
		const word = match[0].replace(/['’]+$/, '');
		if (word.length < 3 || /^\d+$/.test(word) || STOPWORDS.has(word) || excluded.has(word))
			continue;
		terms.add(word);
	}
	return terms;
}

export function hashtagsOf(mention: ScoredMention): Set<string> {
	const tags = new Set<string>();
	for (const match of mention.text.matchAll(HASHTAG)) tags.add(`#${lowerFor(match[1], mention)}`);
	return tags;
}
