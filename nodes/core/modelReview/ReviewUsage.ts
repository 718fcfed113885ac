/** Why an escalated mention kept the lexicon's score. */
export type UnreviewedCause =
	'call budget' | 'character budget' | 'timeout' | 'model error' | 'invalid answer';

/** What one execution spent on the model and got back, for the output and the node's notice. */
export interface ReviewUsage {
	calls: number;
	/** System prompt and user message characters of every call made. */
	charactersSent: number;
	/** Mentions the policy sent for review. */
	escalated: number;
	/** Escalated mentions a valid verdict decided. */
	reviewed: number;
	/** Escalated mentions that kept the lexicon's score, by cause. */
	unreviewed: number;
	unreviewedBecause: Record<UnreviewedCause, number>;
}

export function emptyUsage(): ReviewUsage {
	return {
		calls: 0,
		charactersSent: 0,
		escalated: 0,
		reviewed: 0,
		unreviewed: 0,
		unreviewedBecause: {
			'call budget': 0,
			'character budget': 0,
			timeout: 0,
			'model error': 0,
			'invalid answer': 0,
		},
	};
}

/** "3 model calls, 4,210 characters sent, 12 of 14 escalated mentions reviewed; 2 unreviewed (timeout: 2)". */
export function describeUsage(usage: ReviewUsage): string {
	const calls = `${usage.calls} model call${usage.calls === 1 ? '' : 's'}`;
	const sent = `${usage.charactersSent.toLocaleString('en-US')} characters sent`;
	const reviewed = `${usage.reviewed} of ${usage.escalated} escalated mention${usage.escalated === 1 ? '' : 's'} reviewed`;
	if (usage.unreviewed === 0) return `${calls}, ${sent}, ${reviewed}`;
	const causes = Object.entries(usage.unreviewedBecause)
		.filter(([, count]) => count > 0)
		.map(([cause, count]) => `${cause}: ${count}`)
		.join(', ');
	return `${calls}, ${sent}, ${reviewed}; ${usage.unreviewed} left to the lexicon (${causes})`;
}
