/** What Crisis Score adds to a mention under `crisis`. Deterministic for the same input and settings. */
export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';

export type SentimentLabel = 'negative' | 'neutral' | 'positive' | 'unscored';

export type CategoryName =
	| 'legal'
	| 'safety'
	| 'fraud'
	| 'privacy'
	| 'delivery'
	| 'billing'
	| 'quality'
	| 'service'
	| 'boycott'
	| 'conduct'
	| 'discrimination';

export interface CategoryHit {
	name: CategoryName;
	/** The words or phrases of the text that hit this category, the first ten distinct ones. */
	matches: string[];
}

export interface CrisisScore {
	risk: number;
	level: RiskLevel;
	/** 'en', 'tr' or 'unsupported' from the lexicon; the ISO 639-1 code the model detected when a model decided. */
	language: 'en' | 'tr' | 'unsupported' | (string & Record<never, never>);
	sentiment: { score: number; label: SentimentLabel };
	/** A category the model named without the lexicon finding its words has no `matches`. */
	categories: CategoryHit[];
	/** Log-scaled audience estimate, 0–100. */
	reach: number;
	reasons: string[];
	/** Only when a language model is connected: who decided sentiment, categories and language. */
	decidedBy?: 'lexicon' | 'model';
	/** Only when the model decided: what else it said. */
	model?: { isComplaint: boolean; isSarcasm: boolean };
}
