import type { LexiconEntry } from '../../../nodes/core/scoring/lexicon/LexiconEntry';
import { compileLexicon } from '../../../nodes/core/scoring/compileLexicon';
import { computeFacts, factsOf } from '../../../nodes/core/scoring/factsOf';
import type { LanguageRules } from '../../../nodes/core/scoring/LanguageRules';
import { matchLexicon } from '../../../nodes/core/scoring/phraseMatcher';
import { tokenize } from '../../../nodes/core/scoring/tokenize';
import {
	foldTurkish,
	hasNegativeSuffix,
	isNegativeVerbForm,
} from '../../../nodes/core/scoring/turkishText';

const english: LanguageRules = {
	normalize: (word) => word,
	negators: new Set(['not', "didn't"]),
	negationReach: 3,
	postNegators: [],
	negativeSuffix: () => false,
	negativeForm: () => false,
	negativeFormValence: 0,
	intensifiers: new Set(['very']),
	contrasts: new Set(['but']),
	complaintQuestions: new Set(['why']),
};

const turkish: LanguageRules = {
	...english,
	normalize: foldTurkish,
	negators: new Set(),
	postNegators: ['degil', 'yok'],
	negativeSuffix: hasNegativeSuffix,
	negativeForm: isNegativeVerbForm,
	negativeFormValence: -2,
	intensifiers: new Set(['cok', 'hic']),
};

function hitsOf(entries: LexiconEntry[], rules: LanguageRules, text: string) {
	const lexicon = compileLexicon(entries, rules);
	const result = matchLexicon(
		lexicon,
		tokenize(text.toLowerCase()).map((token) => factsOf(lexicon, token)),
	);
	return {
		...result,
		found: result.hits.map((hit) => ({
			phrase: hit.entry.words.map((word) => word.text).join(' '),
			negated: hit.negated,
			intensified: hit.intensified,
		})),
	};
}

describe('matchLexicon', () => {
	it('prefers the longest phrase and does not count its words again', () => {
		const { found } = hitsOf(
			[
				{ phrase: 'still', valence: -1 },
				{ phrase: 'still waiting', valence: -3 },
			],
			english,
			'Still waiting, still.',
		);
		expect(found.map((hit) => hit.phrase)).toEqual(['still waiting', 'still']);
	});

	it('negates within the clause only, and marks intensifiers', () => {
		const entries = [{ phrase: 'good', valence: 3 }];
		expect(hitsOf(entries, english, 'not very good').found).toEqual([
			{ phrase: 'good', negated: true, intensified: true },
		]);
		expect(hitsOf(entries, english, 'not today. good').found[0].negated).toBe(false);
	});

	it('counts a negator that negated nothing as loose', () => {
		expect(
			hitsOf([{ phrase: 'good', valence: 3 }], english, "it didn't arrive").looseNegators,
		).toBe(1);
		expect(hitsOf([{ phrase: 'good', valence: 3 }], english, 'not good').looseNegators).toBe(0);
	});

	it('matches Turkish stems with suffixes, ASCII-folded, and negative suffixes', () => {
		const entries = [{ phrase: 'beğen*', valence: 3, negated: -3 }];
		expect(hitsOf(entries, turkish, 'Çok beğendim').found).toEqual([
			{ phrase: 'begen', negated: false, intensified: true },
		]);
		expect(hitsOf(entries, turkish, 'hiç begenmedim').found[0].negated).toBe(true);
	});

	it('scores a negative verb form the lexicon does not list, but not a listed word', () => {
		const lexicon = compileLexicon([{ phrase: 'gel*', valence: 0, negated: -3 }], turkish);
		const found = (text: string) =>
			matchLexicon(
				lexicon,
				tokenize(text).map((token) => factsOf(lexicon, token)),
			).hits.map((hit) => hit.entry.valence);
		expect(found('saçı kesmiyor')).toEqual([-2]);
		expect(found('kargo gelmedi')).toEqual([0]);
		expect(found('güzel kesiyor')).toEqual([]);
	});

	it('lets "değil" and "yok" negate the entry before them', () => {
		const entries = [
			{ phrase: 'güzel', valence: 3 },
			{ phrase: 'cevap', valence: 0, negated: -3 },
		];
		expect(hitsOf(entries, turkish, 'güzel değil').found[0].negated).toBe(true);
		expect(hitsOf(entries, turkish, 'hala cevap yok').found[0].negated).toBe(true);
	});

	it('gives a phrase the valence and categories of the words it hides', () => {
		const lexicon = compileLexicon(
			[
				{ phrase: 'lost', valence: -3 },
				{ phrase: 'lost my bag', category: 'delivery' },
				{ phrase: 'customer service', category: 'service' },
				{ phrase: 'worst customer service', valence: -4 },
			],
			english,
		);
		const facts = tokenize('lost my bag worst customer service').map((token) =>
			factsOf(lexicon, token),
		);
		const { hits } = matchLexicon(lexicon, facts);
		expect(hits.map((hit) => [hit.entry.valence, hit.entry.categories])).toEqual([
			[-3, ['delivery']],
			[-4, ['service']],
		]);
	});

	it('reads a stretched word as the word it stretches, however long the stretch', () => {
		const lexicon = compileLexicon(
			[
				{ phrase: 'good', valence: 3 },
				{ phrase: 'slow', valence: -2 },
			],
			english,
		);
		expect(computeFacts(lexicon, 'goooood').key).toBe('good');
		expect(computeFacts(lexicon, 'sloooow').key).toBe('slow');
		expect(computeFacts(lexicon, 'zzzz').key).toBe('zzzz');
		// A backtracking regular expression ran out of stack on one letter repeated 4 MiB times.
		expect(computeFacts(lexicon, 'g' + 'o'.repeat(4 * 1024 * 1024) + 'd').key).toBe('good');
		expect(computeFacts(lexicon, 'a'.repeat(4 * 1024 * 1024)).inert).toBe(true);
	});
});
