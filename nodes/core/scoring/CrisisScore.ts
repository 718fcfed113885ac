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
	language: 'en' | 'tr' | 'unsupported';
	sentiment: { score: number; label: SentimentLabel };
	categories: CategoryHit[];
	/** Log-scaled audience estimate, 0–100. */
	reach: number;
	reasons: string[];
}
