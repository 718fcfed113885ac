export type IncidentLevel = 'medium' | 'high' | 'critical';

export type IncidentState = 'opened' | 'escalated' | 'resolved';

/** What the detector announces: once when an incident opens, when its level rises, and when it ends. */
export interface IncidentEvent {
	/** The poll time (ISO 8601). */
	at: string;
	brand: string;
	level: IncidentLevel;
	state: IncidentState;
	/** Stable for the whole life of the incident. */
	incident: string;
	/** Mentions in the window that triggered (or, when resolved, in the last hour). */
	volume: number;
	/** Mentions expected in that same window from the learned rhythm. */
	baseline: number;
	/** Negative mentions in that window. */
	negative: number;
	reasons: string[];
	/** A few of the riskiest mentions of the incident. */
	sampleIds: string[];
	/** When the incident started (ISO 8601). */
	since: string;
}
