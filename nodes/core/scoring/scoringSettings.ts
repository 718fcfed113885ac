import type { CategoryName } from './CrisisScore';
import type { DeepPartial } from './DeepPartial';

export interface ScoringWeights {
	sentiment: number;
	categories: number;
	reach: number;
	tagged: number;
	verified: number;
	recency: number;
}

export interface ScoringThresholds {
	medium: number;
	high: number;
	critical: number;
}

export interface ScoringSettings {
	language: 'auto' | 'en' | 'tr';
	/** Risk cut-offs (0–100) for the levels medium, high and critical. */
	thresholds: ScoringThresholds;
	weights: ScoringWeights;
	/** Added to a category's vocabulary (English or Turkish words and phrases). */
	customKeywords: Partial<Record<CategoryName, string[]>>;
	/** true: a category with custom keywords uses only those, not the built-in ones. */
	replaceKeywords: boolean;
	/** User lexicon additions, scored like the built-in complaint words. */
	negativeWords: string[];
	positiveWords: string[];
}

export const CATEGORY_NAMES: readonly CategoryName[] = [
	'legal',
	'safety',
	'fraud',
	'privacy',
	'delivery',
	'billing',
	'quality',
	'service',
	'boycott',
	'conduct',
	'discrimination',
];

export const DEFAULT_SCORING_SETTINGS: ScoringSettings = Object.freeze({
	language: 'auto',
	thresholds: Object.freeze({ medium: 30, high: 55, critical: 80 }),
	weights: Object.freeze({
		sentiment: 0.35,
		categories: 0.35,
		reach: 0.15,
		tagged: 0.05,
		verified: 0.05,
		recency: 0.05,
	}),
	customKeywords: Object.freeze({}),
	replaceKeywords: false,
	negativeWords: Object.freeze([]) as unknown as string[],
	positiveWords: Object.freeze([]) as unknown as string[],
}) as ScoringSettings;

function fail(setting: string, expected: string, got: unknown): never {
	throw new Error(
		`Invalid scoring setting "${setting}": expected ${expected}, got ${JSON.stringify(got) ?? String(got)}`,
	);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readNumber(
	setting: string,
	value: unknown,
	fallback: number,
	min: number,
	max: number,
): number {
	if (value === undefined) return fallback;
	if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
		fail(setting, `a number from ${min} to ${max}`, value);
	}
	return value;
}

function readWordList(setting: string, value: unknown): string[] {
	if (value === undefined) return [];
	if (!Array.isArray(value)) fail(setting, 'a list of words', value);
	return value
		.map((word, index) => {
			if (typeof word !== 'string') fail(`${setting}[${index}]`, 'a word (string)', word);
			return word.trim();
		})
		.filter((word) => word.length > 0);
}

function readSection(setting: string, value: unknown): Record<string, unknown> {
	if (value === undefined) return {};
	if (!isPlainObject(value)) fail(setting, 'an object', value);
	return value;
}

function rejectUnknownKeys(
	setting: string,
	section: Record<string, unknown>,
	known: readonly string[],
): void {
	for (const key of Object.keys(section)) {
		if (!known.includes(key))
			fail(setting ? `${setting}.${key}` : key, `one of ${known.join(', ')}`, key);
	}
}

/** Fills defaults and validates; throws an Error naming the first bad setting. */
export function resolveScoringSettings(partial?: DeepPartial<ScoringSettings>): ScoringSettings {
	const input = readSection('settings', partial);
	rejectUnknownKeys('', input, Object.keys(DEFAULT_SCORING_SETTINGS));

	const language = input.language ?? DEFAULT_SCORING_SETTINGS.language;
	if (language !== 'auto' && language !== 'en' && language !== 'tr')
		fail('language', '"auto", "en" or "tr"', language);

	const thresholdInput = readSection('thresholds', input.thresholds);
	rejectUnknownKeys('thresholds', thresholdInput, ['medium', 'high', 'critical']);
	const defaults = DEFAULT_SCORING_SETTINGS.thresholds;
	const thresholds: ScoringThresholds = {
		medium: readNumber('thresholds.medium', thresholdInput.medium, defaults.medium, 0, 100),
		high: readNumber('thresholds.high', thresholdInput.high, defaults.high, 0, 100),
		critical: readNumber('thresholds.critical', thresholdInput.critical, defaults.critical, 0, 100),
	};
	if (thresholds.medium > thresholds.high)
		fail('thresholds.high', `at least thresholds.medium (${thresholds.medium})`, thresholds.high);
	if (thresholds.high > thresholds.critical)
		fail(
			'thresholds.critical',
			`at least thresholds.high (${thresholds.high})`,
			thresholds.critical,
		);

	const weightInput = readSection('weights', input.weights);
	const weightNames = Object.keys(DEFAULT_SCORING_SETTINGS.weights) as Array<keyof ScoringWeights>;
	rejectUnknownKeys('weights', weightInput, weightNames);
	const weights = {} as ScoringWeights;
	for (const name of weightNames) {
		weights[name] = readNumber(
			`weights.${name}`,
			weightInput[name],
			DEFAULT_SCORING_SETTINGS.weights[name],
			0,
			10,
		);
	}

	if (weightNames.every((name) => weights[name] === 0))
		fail('weights', 'at least one weight above 0', weightInput);

	const keywordInput = readSection('customKeywords', input.customKeywords);
	rejectUnknownKeys('customKeywords', keywordInput, CATEGORY_NAMES);
	const customKeywords: Partial<Record<CategoryName, string[]>> = {};
	for (const [category, words] of Object.entries(keywordInput)) {
		customKeywords[category as CategoryName] = readWordList(`customKeywords.${category}`, words);
	}

	const replaceKeywords = input.replaceKeywords ?? DEFAULT_SCORING_SETTINGS.replaceKeywords;
	if (typeof replaceKeywords !== 'boolean')
		fail('replaceKeywords', 'true or false', replaceKeywords);

	return {
		language,
		thresholds,
		weights,
		customKeywords,
		replaceKeywords,
		negativeWords: readWordList('negativeWords', input.negativeWords),
		positiveWords: readWordList('positiveWords', input.positiveWords),
	};
}
