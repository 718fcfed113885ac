import type { ScoredMention } from '../../../nodes/core/playbook/reading/ScoredMention';
import type {
	CategoryName,
	RiskLevel,
	SentimentLabel,
} from '../../../nodes/core/scoring/CrisisScore';

/** Small hand-written mentions and incident events for the playbook tests. */
export function mention(
	overrides: Partial<ScoredMention> & { id: string },
	score?: {
		level: RiskLevel;
		label?: SentimentLabel;
		risk?: number;
		categories?: CategoryName[];
		language?: 'en' | 'tr';
	},
): ScoredMention {
	const base: ScoredMention = {
		source: 'mastodon',
		url: `https://social.example/${overrides.id}`,
		text: 'The delivery is two weeks late and nobody answers.',
		createdAt: '2025-03-03T07:00:00Z',
		author: { handle: 'ayla', followers: 120 },
		engagement: { likes: 1, replies: 0, shares: 0 },
		tagged: true,
		query: '@acme',
		...overrides,
	};
	if (score) {
		base.crisis = {
			risk: score.risk ?? 50,
			level: score.level,
			language: score.language ?? 'en',
			sentiment: {
				score: score.label === 'positive' ? 3 : score.label === 'neutral' ? 0 : -3,
				label: score.label ?? 'negative',
			},
			categories: (score.categories ?? []).map((name) => ({ name, matches: [name] })),
			reach: 20,
			reasons: [],
		};
	}
	return base;
}

export function incident(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		at: '2025-03-03T07:00:00Z',
		brand: 'Acme',
		level: 'high',
		state: 'opened',
		incident: 'acme-2025-03-03T06:40Z',
		volume: 42,
		baseline: 3.5,
		negative: 30,
		reasons: ['42 mentions in 10 min vs 3.5 usual'],
		sampleIds: ['mastodon:1', 'reddit:2'],
		since: '2025-03-03T06:40:00Z',
		...overrides,
	};
}
