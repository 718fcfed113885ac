import { leaveAfterShock } from './afterShock';
import type { WindowTest } from './burstTest';
import type { DetectorSettings } from './DetectorSettings';
import type { BrandState, OpenIncident, Sample } from './DetectorState';
import type { IncidentEvent, IncidentState } from './IncidentEvent';
import { levelOf } from './incidentLevel';
import type { Signal } from './incidentSignal';
import { bucketIndexOf } from './bucketTime';
import { countsInRange } from './rangeCounts';
import { describe, round } from './signalReasons';
import { emptyTrack } from './slowBurn';

const MS_PER_MINUTE = 60_000;

/** The volume figures an event reports. */
export interface Figures {
	volume: number;
	baseline: number;
	negative: number;
}

export function figuresOf(signal: Signal): Figures {
	return { volume: signal.total, baseline: signal.expectedTotal, negative: signal.negative };
}

/** The figures of the last hour (the longest burst window when there is one). */
export function lastHour(
	brand: BrandState,
	tests: WindowTest[],
	lastComplete: number,
	settings: DetectorSettings,
): Figures {
	const longest = tests
		.filter((test) => test.channel === 'all')
		.sort((a, b) => b.minutes - a.minutes)[0];
	if (longest)
		return { volume: longest.total, baseline: longest.expectedTotal, negative: longest.negative };
	const { observed, expected } = countsInRange(
		brand,
		lastComplete - 60 / settings.bucketMinutes + 1,
		lastComplete,
		settings,
	);
	return { volume: observed[0], baseline: expected[0], negative: observed[1] };
}

export function mergeSamples(
	incident: OpenIncident,
	brand: BrandState,
	fromMs: number,
	settings: DetectorSettings,
): void {
	const first = bucketIndexOf(fromMs, settings);
	const byId = new Map<string, Sample>(incident.samples.map((sample) => [sample[0], sample]));
	for (const bucket of brand.buckets)
		if (bucket.i >= first) for (const sample of bucket.samples) byId.set(sample[0], sample);
	incident.samples = [...byId.values()]
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
		.slice(0, settings.maxSamples);
}

function incidentId(brand: BrandState, sinceMs: number): string {
	const slug =
		brand.name
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-|-$/g, '') || 'brand';
	return `${slug}-${new Date(sinceMs).toISOString().slice(0, 16).replace(/[-:]/g, '')}Z`;
}

export function toEvent(
	brand: BrandState,
	incident: OpenIncident,
	state: IncidentState,
	nowMs: number,
	figures: Figures,
	reasons: string[],
): IncidentEvent {
	return {
		at: new Date(nowMs).toISOString(),
		brand: brand.name,
		level: incident.level,
		state,
		incident: incident.id,
		volume: figures.volume,
		baseline: round(figures.baseline),
		negative: figures.negative,
		reasons,
		sampleIds: incident.samples.map(([id]) => id),
		since: new Date(incident.since).toISOString(),
	};
}

/** Ends the incident: the cooldown starts, the slow-burn runs restart, and an alert leaves an after-shock. */
export function resolve(
	brand: BrandState,
	incident: OpenIncident,
	nowMs: number,
	settings: DetectorSettings,
	figures: Figures,
	why: string,
	adopted = false,
): IncidentEvent {
	delete brand.incident;
	brand.quietUntil = nowMs + settings.cooldownMinutes * MS_PER_MINUTE;
	leaveAfterShock(brand, incident, nowMs, settings, adopted);
	brand.slowBurn = [emptyTrack(), emptyTrack()];
	const peak = `at its peak ${incident.peakRatio.toFixed(1)}× the expected volume, ${Math.round(incident.peakExcess)} mentions above it`;
	return toEvent(brand, incident, 'resolved', nowMs, figures, [why, peak]);
}

export function open(
	brand: BrandState,
	trigger: Signal,
	nowMs: number,
	settings: DetectorSettings,
): IncidentEvent {
	const incident: OpenIncident = {
		id: incidentId(brand, trigger.startMs),
		level: levelOf(trigger, settings),
		since: trigger.startMs,
		openedAt: nowMs,
		lastActive: nowMs,
		peakRatio: trigger.ratio,
		peakExcess: trigger.count - trigger.expected,
		samples: [],
	};
	mergeSamples(incident, brand, trigger.startMs, settings);
	brand.incident = incident;
	return toEvent(brand, incident, 'opened', nowMs, figuresOf(trigger), describe(trigger));
}
