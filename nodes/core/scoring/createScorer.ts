import type { CrisisScore, RiskLevel } from './CrisisScore';
import type { DeepPartial } from './DeepPartial';
import { AFINN_WORDS } from './lexicon/afinn';
import { resolveScoringSettings, type ScoringSettings } from './scoringSettings';

export type { DeepPartial } from './DeepPartial';
export { DEFAULT_SCORING_SETTINGS, resolveScoringSettings, type ScoringSettings } from './scoringSettings';

export interface ScoringInput {
	text: string;
	/** Per-item override; the default comes from the settings. */
	language?: 'en' | 'tr' | 'auto';
	followers?: number;
	engagement?: { likes?: number; replies?: number; shares?: number };
	tagged?: boolean;
	verified?: boolean;
	/** ISO 8601; recency is measured against `now`. */
	createdAt?: string;
	/** 1–5 star rating (App Store) when present. */
	rating?: number;
}

function levelOf(risk: number, settings: ScoringSettings): RiskLevel {
	if (risk >= settings.thresholds.critical) return 'critical';
	if (risk >= settings.thresholds.high) return 'high';
	if (risk >= settings.thresholds.medium) return 'medium';
	return 'low';
}

/** Compiles the settings once and returns a fast per-mention scorer. */
export function createScorer(partial?: DeepPartial<ScoringSettings>): (input: ScoringInput, now?: Date) => CrisisScore {
	const settings = resolveScoringSettings(partial);
	return (input) => {
		if (typeof input?.text !== 'string') throw new Error('Mention field "text" must be a string');
		let score = 0;
		for (const token of input.text.toLowerCase().split(/\s+/)) score += AFINN_WORDS[token] ?? 0;
		const risk = Math.max(0, Math.min(100, -score * 10));
		return {
			risk,
			level: levelOf(risk, settings),
			language: 'en',
			sentiment: { score, label: score < 0 ? 'negative' : score > 0 ? 'positive' : 'neutral' },
			categories: [],
			reach: 0,
			reasons: [],
		};
	};
}
