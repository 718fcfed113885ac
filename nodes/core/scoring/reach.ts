/** Audience estimate 0–100 on a log scale: 10 followers ≈ 14, 48k ≈ 67, 10M = 100. */
export interface ReachInput {
	followers?: number;
	engagement?: { likes?: number; replies?: number; shares?: number };
}

/** Ignores anything that is not a finite, non-negative number: bad source data must not produce NaN. */
export function countOrZero(value: unknown): number {
	return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

const FULL_REACH_AUDIENCE_LOG10 = 7;

export function computeReach(input: ReachInput): number {
	const engagement = input.engagement ?? {};
	// A share puts the post in front of another audience; a reply or like mostly signals attention.
	const audience =
		countOrZero(input.followers) +
		3 * countOrZero(engagement.shares) +
		2 * countOrZero(engagement.replies) +
		countOrZero(engagement.likes);
	return Math.round(100 * Math.min(1, Math.log10(1 + audience) / FULL_REACH_AUDIENCE_LOG10));
}
