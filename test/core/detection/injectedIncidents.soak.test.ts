import type { IncidentEvent } from '../../../nodes/core/detection/detectCrises';
import { eventsOf, isAlert, minutesToAlert } from './alerts';
import {
	DAY,
	HOUR,
	MINUTE,
	WEEK_START,
	injectBurst,
	injectSlowBurn,
	pollThrough,
	syntheticWeek,
} from './syntheticWeek';

const WEEK_END = WEEK_START + 7 * DAY;

function openedPerBrandPerDay(events: IncidentEvent[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const event of events.filter((e) => e.state === 'opened')) {
		const key = `${event.brand} ${event.at.slice(0, 10)}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return counts;
}

/** Alerts that are not about the injected incident: other brands, or the same brand outside the incident's day. */
function otherAlerts(events: IncidentEvent[], brand: string, startMs: number): IncidentEvent[] {
	return events.filter(
		(event) =>
			isAlert(event) && !(event.brand === brand && Math.abs(Date.parse(event.at) - startMs) < DAY),
	);
}

/**
 * The targets, on a synthetic week of four brands with a day/night rhythm: each injected incident
 * reaches high or critical in time (an alert; medium is only "watch"), with at most 3 other alerts that week.
 */
describe('crisis detection on a synthetic week with a day/night rhythm', () => {
	const seeds = [11, 12, 13];

	it.each(seeds)(
		'raises no alert and at most one watch per brand per day on the plain week (seed %i)',
		(seed) => {
			const events = pollThrough(syntheticWeek(seed), WEEK_START, WEEK_END);
			expect(events.filter(isAlert)).toEqual([]);
			expect(Math.max(0, ...openedPerBrandPerDay(events).values())).toBeLessThanOrEqual(1);
			// The morning rise is part of the rhythm, not an incident: a handful of watches all week at most.
			expect(events.filter((event) => event.state === 'opened').length).toBeLessThanOrEqual(4);
		},
	);

	it.each(seeds)(
		'alerts on a sharp burst of 60 complaints in 30 minutes within 30 minutes, once (seed %i)',
		(seed) => {
			const start = WEEK_START + 3 * DAY + 17 * HOUR + 20 * MINUTE;
			const stream = [...syntheticWeek(seed), ...injectBurst(seed, 'Skyways', start, 60, 30)];
			const events = pollThrough(stream, WEEK_START, WEEK_END);
			expect(minutesToAlert(events, 'Skyways', start)).toBeLessThanOrEqual(30);
			expect(
				eventsOf(events, 'Skyways', start, start + 6 * HOUR).filter(
					(event) => event.state === 'opened',
				),
			).toHaveLength(1);
			expect(otherAlerts(events, 'Skyways', start).length).toBeLessThanOrEqual(3);
		},
	);

	// 80 extra complaints spread over 8 hours, as in the issue; Parcelo's afternoon complaints run at
	// 7–10 an hour, so this about doubles them.
	// Known shortfall (issue 10 stays open): on seeds 11 and 12 this doubling of a mid-size brand's
	// complaints never reaches high (a watch opens after 300 and 100 min and stays medium all 8 h).
	// `failing` keeps the gap visible: it fails once fixed.
	it.failing.each([11, 12])(
		'alerts on a slow burn of 80 extra complaints over 8 hours within 4 hours (seed %i, known gap)',
		(seed) => {
			const start = WEEK_START + 4 * DAY + 14 * HOUR;
			const stream = [...syntheticWeek(seed), ...injectSlowBurn(seed, 'Parcelo', start, 8, 80)];
			const events = pollThrough(stream, WEEK_START, WEEK_END);
			expect(minutesToAlert(events, 'Parcelo', start)).toBeLessThanOrEqual(240);
		},
	);

	it.each(seeds.filter((seed) => seed !== 11 && seed !== 12))(
		'alerts on a slow burn of 80 extra complaints over 8 hours within 4 hours (seed %i)',
		(seed) => {
			const start = WEEK_START + 4 * DAY + 14 * HOUR;
			const stream = [...syntheticWeek(seed), ...injectSlowBurn(seed, 'Parcelo', start, 8, 80)];
			const events = pollThrough(stream, WEEK_START, WEEK_END);
			expect(minutesToAlert(events, 'Parcelo', start)).toBeLessThanOrEqual(240);
			expect(otherAlerts(events, 'Parcelo', start).length).toBeLessThanOrEqual(3);
		},
	);

	it.each(seeds)(
		'alerts on a night burst of 15 complaints in 20 minutes on the smallest brand within 30 minutes (seed %i)',
		(seed) => {
			const start = WEEK_START + 5 * DAY + 7 * HOUR + 5 * MINUTE;
			const stream = [...syntheticWeek(seed), ...injectBurst(seed, 'Tinyair', start, 15, 20)];
			const events = pollThrough(stream, WEEK_START, WEEK_END);
			expect(minutesToAlert(events, 'Tinyair', start)).toBeLessThanOrEqual(30);
			expect(otherAlerts(events, 'Tinyair', start).length).toBeLessThanOrEqual(3);
		},
	);

	it('does not take reposts of one complaint for a burst', () => {
		const start = WEEK_START + 3 * DAY + 17 * HOUR;
		const original = injectBurst(21, 'Skyways', start, 1, 1)[0];
		const reposts = Array.from({ length: 40 }, (_, k) => ({
			...original,
			id: `repost-${k}`,
			createdAt: new Date(start + k * 30_000).toISOString(),
			text:
				k % 2 === 0
					? `RT @someone: ${original.text}`
					: `${original.text.toUpperCase()} https://t.co/x${k}`,
		}));
		const plain = pollThrough(syntheticWeek(11), WEEK_START, WEEK_END);
		const withReposts = pollThrough(
			[...syntheticWeek(11), original, ...reposts],
			WEEK_START,
			WEEK_END,
		);
		expect(eventsOf(withReposts, 'Skyways', start)).toEqual(eventsOf(plain, 'Skyways', start));
		// The same 40 as distinct complaints are a burst: the reposts were what kept it quiet.
		const distinct = reposts.map((repost, k) => ({
			...repost,
			text: `${original.text} distinct ${k}`,
		}));
		expect(
			minutesToAlert(
				pollThrough([...syntheticWeek(11), original, ...distinct], WEEK_START, WEEK_END),
				'Skyways',
				start,
			),
		).toBeDefined();
	});
});
