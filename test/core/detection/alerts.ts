import type { IncidentEvent } from '../../../nodes/core/detection/detectCrises';

/** An alert in the product's sense: an incident opened or escalated to high or critical. Medium is "watch". */
export function isAlert(event: IncidentEvent): boolean {
	return (
		(event.state === 'opened' || event.state === 'escalated') &&
		(event.level === 'high' || event.level === 'critical')
	);
}

/** The brand's events at or after `fromMs` (and before `toMs`). */
export function eventsOf(
	events: IncidentEvent[],
	brand: string,
	fromMs = -Infinity,
	toMs = Infinity,
): IncidentEvent[] {
	return events.filter(
		(event) =>
			event.brand === brand && Date.parse(event.at) >= fromMs && Date.parse(event.at) < toMs,
	);
}

/** Minutes from `startMs` to the brand's first alert at or after it; undefined when none came. */
export function minutesToAlert(
	events: IncidentEvent[],
	brand: string,
	startMs: number,
): number | undefined {
	const alert = eventsOf(events, brand, startMs).find(isAlert);
	return alert ? (Date.parse(alert.at) - startMs) / 60_000 : undefined;
}
