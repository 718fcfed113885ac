import type { IncidentEvent } from '../../../nodes/core/detection/detectCrises';
import { WEEK_START, injectBurst, injectSlowBurn, pollThrough, syntheticWeek } from './syntheticWeek';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK_END = WEEK_START + 7 * DAY;

/** Minutes from the injection's start to the first alert for that brand (opened or escalated). */
function latency(events: IncidentEvent[], brand: string, startMs: number): number | undefined {
	const hit = events.find(
		(event) => event.brand === brand && event.state !== 'resolved' && Date.parse(event.at) >= startMs,
	);
	return hit ? (Date.parse(hit.at) - startMs) / 60_000 : undefined;
}

function openedPerBrandPerDay(events: IncidentEvent[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const event of events.filter((e) => e.state === 'opened')) {
		const key = `${event.brand} ${event.at.slice(0, 10)}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return counts;
}

describe('crisis detection on a synthetic week with a day/night rhythm', () => {
	const seeds = [11, 12, 13];

	it.each(seeds)('raises at most one alert per brand per day on the plain week (seed %i)', (seed) => {
		const events = pollThrough(syntheticWeek(seed), WEEK_START, WEEK_END);
		const perDay = openedPerBrandPerDay(events);
		expect(Math.max(0, ...perDay.values())).toBeLessThanOrEqual(1);
		// The morning rise is part of the rhythm, not an incident: at most a handful of alerts all week.
		expect(events.filter((event) => event.state === 'opened').length).toBeLessThanOrEqual(4);
	});

	it.each(seeds)('catches a sharp burst of 30 complaints in 30 minutes within 30 minutes (seed %i)', (seed) => {
		const start = WEEK_START + 3 * DAY + 17 * HOUR + 20 * 60_000;
		const stream = [...syntheticWeek(seed), ...injectBurst(seed, 'Skyways', start, 30, 30)];
		const events = pollThrough(stream, WEEK_START, WEEK_END);
		expect(latency(events, 'Skyways', start)).toBeLessThanOrEqual(30);
	});

	it.each(seeds)('catches a slow burn over six hours within four hours (seed %i)', (seed) => {
		const start = WEEK_START + 4 * DAY + 14 * HOUR;
		const stream = [...syntheticWeek(seed), ...injectSlowBurn(seed, 'Parcelo', start, 6, 25)];
		const events = pollThrough(stream, WEEK_START, WEEK_END);
		expect(latency(events, 'Parcelo', start)).toBeLessThanOrEqual(240);
	});

	it.each(seeds)('catches a small burst at night on a low-volume brand within 30 minutes (seed %i)', (seed) => {
		const start = WEEK_START + 5 * DAY + 7 * HOUR + 5 * 60_000;
		const stream = [...syntheticWeek(seed), ...injectBurst(seed, 'Tinyair', start, 7, 30)];
		const events = pollThrough(stream, WEEK_START, WEEK_END);
		expect(latency(events, 'Tinyair', start)).toBeLessThanOrEqual(30);
	});

	it('does not take reposts of one complaint for a burst', () => {
		const start = WEEK_START + 3 * DAY + 17 * HOUR;
		const original = injectBurst(21, 'Skyways', start, 1, 1)[0];
		const reposts = Array.from({ length: 40 }, (_, k) => ({
			...original,
			id: `repost-${k}`,
			createdAt: new Date(start + k * 30_000).toISOString(),
			text: k % 2 === 0 ? `RT @someone: ${original.text}` : `${original.text.toUpperCase()} https://t.co/x${k}`,
		}));
		const plain = pollThrough(syntheticWeek(11), WEEK_START, WEEK_END);
		const withReposts = pollThrough([...syntheticWeek(11), original, ...reposts], WEEK_START, WEEK_END);
		expect(latency(withReposts, 'Skyways', start)).toEqual(latency(plain, 'Skyways', start));
	});
});
