import { FieldError } from '../errors/FieldError';
import type { CategoryName } from '../scoring/CrisisScore';
import { CATEGORY_NAMES } from '../scoring/scoringSettings';
import { DEFAULT_ESCALATION_POLICY, type EscalationPolicy } from './EscalationPolicy';

/** What one execution may spend on the model. */
export interface ReviewBudget {
	/** Model calls per execution. */
	maxCalls: number;
	/** Characters sent per execution (system prompt and mentions, counted per call). */
	maxCharacters: number;
	/** Milliseconds one call may take before it is given up. */
	timeoutMs: number;
	/** Mentions per call. */
	batchSize: number;
}

export interface ReviewSettings {
	policy: EscalationPolicy;
	budget: ReviewBudget;
	/** Replace links, e-mail addresses, handles and phone numbers before a text leaves. */
	stripPersonalData: boolean;
}

export const DEFAULT_REVIEW_BUDGET: Readonly<ReviewBudget> = Object.freeze({
	maxCalls: 10,
	maxCharacters: 50_000,
	timeoutMs: 30_000,
	batchSize: 10,
});

/** A bad Model Review option: the one core FieldError, naming the option and what it takes. */
function invalidSetting(setting: string, expected: string, got: unknown): FieldError {
	return new FieldError(setting, `expected ${expected}, got ${JSON.stringify(got) ?? String(got)}`);
}

function readInteger(
	setting: string,
	value: unknown,
	fallback: number,
	min: number,
	max: number,
): number {
	if (value === undefined) return fallback;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		throw invalidSetting(setting, `a whole number from ${min} to ${max}`, value);
	}
	return value;
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
		throw invalidSetting(setting, `a number from ${min} to ${max}`, value);
	}
	return value;
}

function readSwitch(setting: string, value: unknown, fallback: boolean): boolean {
	if (value === undefined) return fallback;
	if (typeof value !== 'boolean') throw invalidSetting(setting, 'true or false', value);
	return value;
}

function readCategories(
	setting: string,
	value: unknown,
	fallback: readonly CategoryName[],
): CategoryName[] {
	if (value === undefined) return [...fallback];
	if (
		!Array.isArray(value) ||
		value.some((name) => !CATEGORY_NAMES.includes(name as CategoryName))
	) {
		throw invalidSetting(setting, `a list of ${CATEGORY_NAMES.join(', ')}`, value);
	}
	return [...new Set(value as CategoryName[])];
}

export interface ReviewSettingsInput {
	policy?: Partial<Record<keyof EscalationPolicy, unknown>>;
	budget?: Partial<Record<keyof ReviewBudget, unknown>>;
	stripPersonalData?: unknown;
}

/** Fills defaults and checks ranges; throws a FieldError naming the first bad one. */
export function resolveReviewSettings(input: ReviewSettingsInput = {}): ReviewSettings {
	const policy = input.policy ?? {};
	const budget = input.budget ?? {};
	const defaults = DEFAULT_ESCALATION_POLICY;
	return {
		policy: {
			nearThreshold: readNumber(
				'nearThreshold',
				policy.nearThreshold,
				defaults.nearThreshold,
				0,
				100,
			),
			weakSentiment: readNumber(
				'weakSentiment',
				policy.weakSentiment,
				defaults.weakSentiment,
				0,
				10,
			),
			mixedSentiment: readSwitch('mixedSentiment', policy.mixedSentiment, defaults.mixedSentiment),
			negators: readSwitch('negators', policy.negators, defaults.negators),
			ironyMarkers: readSwitch('ironyMarkers', policy.ironyMarkers, defaults.ironyMarkers),
			unsupportedLanguage: readSwitch(
				'unsupportedLanguage',
				policy.unsupportedLanguage,
				defaults.unsupportedLanguage,
			),
			reachAtLeast: readNumber('reachAtLeast', policy.reachAtLeast, defaults.reachAtLeast, 0, 100),
			highStakesCategories: readCategories(
				'highStakesCategories',
				policy.highStakesCategories,
				defaults.highStakesCategories,
			),
			everything: readSwitch('everything', policy.everything, defaults.everything),
		},
		budget: {
			maxCalls: readInteger('maxCalls', budget.maxCalls, DEFAULT_REVIEW_BUDGET.maxCalls, 0, 1000),
			maxCharacters: readInteger(
				'maxCharacters',
				budget.maxCharacters,
				DEFAULT_REVIEW_BUDGET.maxCharacters,
				0,
				10_000_000,
			),
			timeoutMs: readInteger(
				'timeoutMs',
				budget.timeoutMs,
				DEFAULT_REVIEW_BUDGET.timeoutMs,
				1,
				600_000,
			),
			batchSize: readInteger('batchSize', budget.batchSize, DEFAULT_REVIEW_BUDGET.batchSize, 1, 50),
		},
		stripPersonalData: readSwitch('stripPersonalData', input.stripPersonalData, true),
	};
}
