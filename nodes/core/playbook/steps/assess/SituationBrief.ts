import type { RiskLevel } from '../../../scoring/CrisisScore';

export interface RepresentativeMention {
	id: string;
	source: string;
	author: string;
	text: string;
	url: string;
	risk: number;
	level?: RiskLevel;
	createdAt: string;
}

export interface TrendSummary {
	label: 'rising' | 'falling' | 'steady';
	/** Mentions in the last window before now, and in the window before that. */
	recent: number;
	previous: number;
	windowMinutes: number;
	/** From the detector's alert when the batch has one. */
	volume?: number;
	baseline?: number;
}

/** The Assess brief as data; the markdown and Slack renderings are built from this alone. */
export interface SituationBrief {
	caseId: string;
	brand?: string;
	level: RiskLevel;
	language: 'en' | 'tr';
	what: {
		categories: Array<{ name: string; count: number }>;
		sentiment: { negative: number; neutral: number; positive: number; unscored: number };
		/** The complaint phrases matched most often across the mentions. */
		phrases: string[];
		/** The detector's own reasons, when an incident is part of the batch. */
		reasons: string[];
	};
	where: { sources: Array<{ source: string; count: number }>; tagged: number; untagged: number };
	howMany: { mentions: number; negative: number; authors: number; engagement: number };
	since: { first?: string; last?: string; firstLocal?: string };
	trend: TrendSummary;
	representative: RepresentativeMention[];
	openQuestions: string[];
}
