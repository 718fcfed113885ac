import type { CategoryName } from './CrisisScore';
import { CATEGORY_VOCABULARY, type CategoryDefinition } from './categoryVocabulary';
import { AFINN_WORDS } from './lexicon/afinn';
import { EMOTICONS } from './lexicon/emoticons';
import {
	EN_COMPLAINT_QUESTIONS,
	EN_CONTRASTS,
	EN_INTENSIFIERS,
	EN_LEXICON,
	EN_NEGATORS,
} from './lexicon/en';
import type { LexiconEntry } from './lexicon/LexiconEntry';
import {
	TR_COMPLAINT_QUESTIONS,
	TR_CONTRASTS,
	TR_INTENSIFIERS,
	TR_LEXICON,
	TR_LOOSE_NEGATORS,
	TR_POST_NEGATORS,
} from './lexicon/tr';
import { compileLexicon } from './compileLexicon';
import type { CompiledLexicon } from './CompiledLexicon';
import type { LanguageRules } from './LanguageRules';
import type { ScoringSettings } from './scoringSettings';
import { foldTurkish, hasNegativeSuffix, isNegativeVerbForm } from './turkishText';

export type ScoredLanguage = 'en' | 'tr';

/** What differs between the languages besides words: rules of negation and the cut-offs of the labels. */
export interface LanguageProfile {
	lexicon: CompiledLexicon;
	/** Valence of a negator that negated nothing ("still not here", "no one called"). */
	looseNegatorValence: number;
	/** Valence of a contrast word: in a review, "ama" announces a reservation even when its words are unknown. */
	contrastValence: number;
	/**
	 * Scales a text that praises and blames around a contrast ("güzel ama kargo yavaş"): Turkish reviewers
	 * write their mixed verdicts so; in English brand mentions the "but" clause mostly carries the
	 * complaint (1: no damping). Calibrated on the development sets.
	 */
	mixedVerdictFactor: number;
	/** Score at or below which a text is negative, and at or above which it is positive. */
	negativeAtMost: number;
	positiveAtLeast: number;
}

const identity = (word: string): string => word;
const never = (): boolean => false;

const ENGLISH_RULES: LanguageRules = {
	normalize: identity,
	negators: EN_NEGATORS,
	negationReach: 3,
	postNegators: [],
	negativeSuffix: never,
	negativeForm: never,
	negativeFormValence: 0,
	intensifiers: EN_INTENSIFIERS,
	contrasts: EN_CONTRASTS,
	complaintQuestions: EN_COMPLAINT_QUESTIONS,
};

const TURKISH_RULES: LanguageRules = {
	normalize: foldTurkish,
	// "değil"/"yok" negate backwards; listed as negators too so that one negating nothing still counts
	// as a complaint cue ("saç için değil"). Nothing negates forwards (reach 0).
	negators: new Set(TR_LOOSE_NEGATORS),
	negationReach: 0,
	postNegators: TR_POST_NEGATORS,
	negativeSuffix: hasNegativeSuffix,
	negativeForm: isNegativeVerbForm,
	negativeFormValence: -2,
	intensifiers: new Set([...TR_INTENSIFIERS].map(foldTurkish)),
	contrasts: new Set([...TR_CONTRASTS].map(foldTurkish)),
	complaintQuestions: new Set([...TR_COMPLAINT_QUESTIONS].map(foldTurkish)),
};

const USER_WORD_VALENCE = 3;

function categoryEntries(
	settings: ScoringSettings,
	wordsOf: (definition: CategoryDefinition) => readonly string[],
): LexiconEntry[] {
	const entries: LexiconEntry[] = [];
	for (const [name, definition] of Object.entries(CATEGORY_VOCABULARY) as Array<
		[CategoryName, CategoryDefinition]
	>) {
		const custom = settings.customKeywords[name] ?? [];
		const builtIn = settings.replaceKeywords && custom.length > 0 ? [] : wordsOf(definition);
		for (const phrase of [...builtIn, ...custom]) entries.push({ phrase, category: name });
	}
	return entries;
}

/** User lexicon words come last so they override built-in valences of the same word. */
function userEntries(settings: ScoringSettings): LexiconEntry[] {
	return [
		...settings.negativeWords.map((phrase) => ({ phrase, valence: -USER_WORD_VALENCE })),
		...settings.positiveWords.map((phrase) => ({ phrase, valence: USER_WORD_VALENCE })),
	];
}

function afinnEntries(): LexiconEntry[] {
	return Object.entries(AFINN_WORDS).map(([phrase, valence]) => ({ phrase, valence }));
}

/** Compiles both languages' lexicons with the user's keywords; done once per scorer. */
export function buildLanguageProfiles(
	settings: ScoringSettings,
): Record<ScoredLanguage, LanguageProfile> {
	return {
		en: {
			lexicon: compileLexicon(
				[
					...afinnEntries(),
					...EMOTICONS,
					...EN_LEXICON,
					...categoryEntries(settings, (definition) => definition.en),
					...userEntries(settings),
				],
				ENGLISH_RULES,
			),
			looseNegatorValence: -1,
			contrastValence: 0,
			mixedVerdictFactor: 1,
			// Customers address a brand mostly to complain: any net negative is a complaint, and praise
			// needs more than a polite "thanks" (+3 takes "thanks" plus something, or a strong word).
			negativeAtMost: -0.3,
			positiveAtLeast: 3,
		},
		tr: {
			lexicon: compileLexicon(
				[
					...EMOTICONS,
					...TR_LEXICON,
					...categoryEntries(settings, (definition) => definition.tr),
					...userEntries(settings),
				],
				TURKISH_RULES,
			),
			looseNegatorValence: -1.5,
			contrastValence: -1,
			mixedVerdictFactor: 0.4,
			negativeAtMost: -1,
			positiveAtLeast: 1.5,
		},
	};
}
