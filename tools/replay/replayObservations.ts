import {
	detectCrises,
	type DetectorSettings,
	type DetectorState,
	type IncidentEvent,
	type Observation,
} from '../../nodes/core/detection/detectCrises';

/** What `replay` prints for each alert (README, Scripts). */
export type ReplayAlert = Pick<
	IncidentEvent,
	'at' | 'brand' | 'level' | 'state' | 'incident' | 'volume' | 'baseline' | 'reasons'
>;

export interface ReplayOptions {
	pollMinutes: number;
	settings: Partial<DetectorSettings>;
	/** Keep polling this long after the last mention, so that open incidents can resolve. */
	tailMinutes: number;
	/** Called with each event as the replay reaches it, so a long replay prints as it goes. */
	onAlert?: (alert: ReplayAlert) => void;
}

/**
 * Feeds time-ordered observations to the detector one simulated poll at a time: each poll gets the
 * mentions created since the previous one, and `now` is the poll time. Polls sit on multiples of the
 * poll interval (UTC), like a scheduled trigger.
 */
export function replayObservations(
	observations: Observation[],
	options: ReplayOptions,
): { alerts: ReplayAlert[]; notices: string[] } {
	const sorted = observations
		.map((observation, order) => ({ observation, order, ms: Date.parse(observation.createdAt) }))
		.sort((a, b) => a.ms - b.ms || a.order - b.order);
	const alerts: ReplayAlert[] = [];
	const notices: string[] = [];
	if (sorted.length === 0) return { alerts, notices };
	const pollMs = options.pollMinutes * 60_000;
	const lastPoll = sorted[sorted.length - 1].ms + options.tailMinutes * 60_000;
	let state: DetectorState | undefined;
	let next = 0;
	for (
		let poll = Math.floor(sorted[0].ms / pollMs) * pollMs + pollMs;
		poll <= lastPoll + pollMs - 1;
		poll += pollMs
	) {
		const batch: Observation[] = [];
		while (next < sorted.length && sorted[next].ms < poll) batch.push(sorted[next++].observation);
		const result = detectCrises(state, batch, new Date(poll), options.settings);
		state = result.state;
		notices.push(...result.notices);
		for (const event of result.events) {
			const { at, brand, level, state: phase, incident, volume, baseline, reasons } = event;
			const alert = { at, brand, level, state: phase, incident, volume, baseline, reasons };
			alerts.push(alert);
			options.onAlert?.(alert);
		}
		// With no incident open, polls before the next mention would see only silence: jump to it (the
		// detector learns up to a week of silent buckets at that poll), so a quiet week costs one poll, not a thousand.
		if (next < sorted.length && !state.brands.some((brand) => brand.incident)) {
			const nextPoll = Math.floor(sorted[next].ms / pollMs) * pollMs + pollMs;
			if (nextPoll > poll + pollMs) poll = nextPoll - pollMs;
		}
	}
	return { alerts, notices };
}
