import { strongestBurst, type WindowTest } from './burstTest';
import { countSurprise } from './countSurprise';
import type { DetectorSettings } from './DetectorSettings';
import type { BrandState, OpenIncident, Sample } from './DetectorState';
import type { IncidentEvent, IncidentLevel, IncidentState } from './IncidentEvent';
import { bucketIndexOf, bucketStartMs, dispersionOf, recentLevel } from './hourlyBaseline';
import { countsInRange } from './rangeCounts';
import { emptyTrack, isSlowBurnAlarm, slowBurnSurprise } from './slowBurn';

const MS_PER_MINUTE = 60_000;
const LEVEL_RANK: Record<IncidentLevel, number> = { medium: 0, high: 1, critical: 2 };

/** What made the brand look abnormal at this poll, with the figures an alert reports. */
interface Signal {
	kind: 'burst' | 'slow burn' | 'episode';
	channel: 'all' | 'negative';
	startMs: number;
	count: number;
	expected: number;
	total: number;
	expectedTotal: number;
	negative: number;
	ratio: number;
	surprise: number;
	minutes?: number;
}

/** Over-dispersion of the longest burst window: what a run of hours is measured against. */
function longScaleDispersion(brand: BrandState, channel: 0 | 1, settings: DetectorSettings): number {
	return dispersionOf(brand, channel, settings, settings.burstWindowsMinutes.length);
}

function fromBurst(test: WindowTest): Signal {
	return { kind: 'burst', ...test };
}

/** Counts since the start of a slow-burn run, from the buckets still kept. */
function fromSlowBurn(brand: BrandState, channel: 'all' | 'negative', lastComplete: number, settings: DetectorSettings): Signal {
	const channelIndex = channel === 'all' ? 0 : 1;
	const track = brand.slowBurn[channelIndex];
	const first = Math.max(track.start, lastComplete - settings.maxBuckets + 1);
	const { observed, expected } = countsInRange(brand, first, lastComplete, settings);
	return {
		kind: 'slow burn',
		channel,
		startMs: bucketStartMs(track.start, settings),
		count: track.count,
		expected: track.expected,
		total: observed[0],
		expectedTotal: expected[0],
		negative: observed[1],
		ratio: track.expected > 0 ? track.count / track.expected : 0,
		surprise: slowBurnSurprise(track, longScaleDispersion(brand, channelIndex, settings)),
	};
}

/** The whole episode so far (as far back as buckets are kept), on one channel: what escalation measures. */
function episodeSignal(brand: BrandState, incident: OpenIncident, channel: 'all' | 'negative', lastComplete: number, settings: DetectorSettings): Signal {
	const channelIndex = channel === 'all' ? 0 : 1;
	const first = Math.max(bucketIndexOf(incident.since, settings), lastComplete - settings.maxBuckets + 1);
	const range = countsInRange(brand, first, lastComplete, settings);
	const count = range.observed[channelIndex];
	const expected = range.expected[channelIndex];
	return {
		kind: 'episode',
		channel,
		startMs: bucketStartMs(first, settings),
		count,
		expected,
		total: range.observed[0],
		expectedTotal: range.expected[0],
		negative: range.observed[1],
		ratio: expected > 0 ? count / expected : 0,
		surprise: countSurprise(count, expected, longScaleDispersion(brand, channelIndex, settings)),
	};
}

function slowBurnSignal(brand: BrandState, lastComplete: number, settings: DetectorSettings): Signal | undefined {
	const [all, negative] = brand.slowBurn;
	const alarms = ([['all', all, 0], ['negative', negative, 1]] as const).filter(
		([, track, channel]) =>
			isSlowBurnAlarm(track, lastComplete, longScaleDispersion(brand, channel, settings), settings) &&
			isBurning(brand, channel, lastComplete, settings),
	);
	if (alarms.length === 0) return undefined;
	const [channel] = alarms.reduce((best, candidate) => (candidate[1].value > best[1].value ? candidate : best));
	return fromSlowBurn(brand, channel, lastComplete, settings);
}

/** The channel's last hour is above expected: a run that stopped growing is no longer burning. */
function isBurning(brand: BrandState, channel: 0 | 1, lastComplete: number, settings: DetectorSettings): boolean {
	const { observed, expected } = countsInRange(brand, lastComplete - Math.ceil(60 / settings.bucketMinutes) + 1, lastComplete, settings);
	return observed[channel] > expected[channel];
}

/** A slow burn still holds while its run is strong and it is still burning. */
function isSlowBurnHolding(brand: BrandState, lastComplete: number, settings: DetectorSettings): boolean {
	return ([0, 1] as const).some(
		(channel) => brand.slowBurn[channel].value >= settings.cusumThreshold / 2 && isBurning(brand, channel, lastComplete, settings),
	);
}

/** The last holdWindowMinutes are still well above the rhythm: a busy day stays one incident. */
function isVolumeHolding(brand: BrandState, lastComplete: number, settings: DetectorSettings): boolean {
	const first = lastComplete - Math.ceil(settings.holdWindowMinutes / settings.bucketMinutes) + 1;
	const range = countsInRange(brand, first, lastComplete, settings);
	const [count, expected] = [range.observed[0], range.expected[0]];
	return count >= settings.holdRatio * expected && count - expected >= settings.minCount;
}

/**
 * Severity is magnitude only: mentions above expected, their multiple of it, and how unlikely they
 * are for this brand. Lasting long does not make an episode worse; growing does.
 */
function levelOf(signal: Signal | undefined, settings: DetectorSettings): IncidentLevel {
	if (!signal) return 'medium';
	const excess = signal.count - signal.expected;
	const reaches = (minExcess: number, minRatio: number, minSurprise: number) =>
		excess >= minExcess && signal.ratio >= minRatio && signal.surprise >= minSurprise;
	if (reaches(settings.criticalExcess, settings.criticalRatio, settings.criticalSurprise)) return 'critical';
	if (reaches(settings.highExcess, settings.highRatio, settings.highSurprise)) return 'high';
	return 'medium';
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}

function clock(ms: number): string {
	return new Date(ms).toISOString().slice(11, 16);
}

function describe(signal: Signal): string[] {
	const what = signal.channel === 'negative' ? 'negative mentions' : 'mentions';
	const reasons =
		signal.kind === 'episode'
			? [
					`grown: ${signal.count} ${what} since ${clock(signal.startMs)} UTC, ${signal.ratio.toFixed(1)}× the ${round(signal.expected)} expected`,
					`chance of this under this brand's normal variation about 1 in 10^${Math.floor(signal.surprise)}`,
				]
			: signal.kind === 'burst'
			? [
					`burst: ${signal.count} ${what} in the last ${signal.minutes} min, ${signal.ratio.toFixed(1)}× the ${round(signal.expected)} expected at this hour`,
					`chance of this under this brand's normal variation about 1 in 10^${Math.floor(signal.surprise)}`,
				]
			: [
					`slow burn: ${Math.round(signal.count)} ${what} since ${clock(signal.startMs)} UTC, ${signal.ratio.toFixed(1)}× the ${round(signal.expected)} expected`,
					`chance of this under this brand's normal variation about 1 in 10^${Math.floor(signal.surprise)}`,
				];
	reasons.push(`${signal.negative} of ${signal.total} mentions in that window are negative`);
	return reasons;
}

function mergeSamples(incident: OpenIncident, brand: BrandState, fromMs: number, settings: DetectorSettings): void {
	const first = bucketIndexOf(fromMs, settings);
	const byId = new Map<string, Sample>(incident.samples.map((sample) => [sample[0], sample]));
	for (const bucket of brand.buckets) if (bucket.i >= first) for (const sample of bucket.samples) byId.set(sample[0], sample);
	incident.samples = [...byId.values()]
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
		.slice(0, settings.maxSamples);
}

function incidentId(brand: BrandState, sinceMs: number): string {
	const slug = brand.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'brand';
	return `${slug}-${new Date(sinceMs).toISOString().slice(0, 16).replace(/[-:]/g, '')}Z`;
}

function lastHour(brand: BrandState, tests: WindowTest[], lastComplete: number, settings: DetectorSettings): Figures {
	const longest = tests.filter((test) => test.channel === 'all').sort((a, b) => b.minutes - a.minutes)[0];
	if (longest) return { volume: longest.total, baseline: longest.expectedTotal, negative: longest.negative };
	const { observed, expected } = countsInRange(brand, lastComplete - 60 / settings.bucketMinutes + 1, lastComplete, settings);
	return { volume: observed[0], baseline: expected[0], negative: observed[1] };
}

interface Figures {
	volume: number;
	baseline: number;
	negative: number;
}

function figuresOf(signal: Signal): Figures {
	return { volume: signal.total, baseline: signal.expectedTotal, negative: signal.negative };
}

function toEvent(
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

/**
 * Ends the incident. Only an alert leaves an after-shock to ignore: a watch (medium) never paged anyone,
 * and a level adopted as the new normal (`adopted`) is what the baseline now expects, not an episode.
 */
function resolve(
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
	if (adopted) delete brand.afterShock;
	else if (incident.level !== 'medium') {
		brand.afterShock = {
			until: nowMs + settings.afterShockHours * 60 * MS_PER_MINUTE,
			peakExcess: incident.peakExcess,
			peakRatio: incident.peakRatio,
		};
	}
	brand.slowBurn = [emptyTrack(), emptyTrack()];
	const peak = `at its peak ${incident.peakRatio.toFixed(1)}× the expected volume, ${Math.round(incident.peakExcess)} mentions above it`;
	return toEvent(brand, incident, 'resolved', nowMs, figures, [why, peak]);
}

function open(brand: BrandState, trigger: Signal, nowMs: number, settings: DetectorSettings): IncidentEvent {
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

/** A new episode right after one ended must outgrow it: the after-shock of a crisis is not a new one. */
function outgrowsAfterShock(brand: BrandState, trigger: Signal, nowMs: number): boolean {
	const shock = brand.afterShock;
	if (!shock || nowMs >= shock.until) return true;
	// Larger in either sense: more mentions above expected, or a higher multiple of it (a daytime crisis after a night burst).
	return trigger.count - trigger.expected > shock.peakExcess || trigger.ratio > shock.peakRatio;
}

/**
 * Opens, escalates and resolves the brand's incident from this poll's tests. An incident opens once
 * (never during the cooldown after one resolved, and within the after-shock only when larger), is
 * announced again only when its magnitude reaches a higher level, stays open while the volume is
 * merely elevated (hysteresis), and resolves after a quiet spell. A rise that lasts `adaptAfterHours`
 * is the new normal: the baseline adopts it.
 */
export function updateIncident(
	brand: BrandState,
	tests: WindowTest[],
	lastComplete: number,
	nowMs: number,
	settings: DetectorSettings,
): IncidentEvent[] {
	const burst = strongestBurst(tests, settings.openSurprise, settings, true);
	const trigger = burst ? fromBurst(burst) : slowBurnSignal(brand, lastComplete, settings);
	const incident = brand.incident;
	if (!incident) {
		const opens = trigger && nowMs >= brand.quietUntil && outgrowsAfterShock(brand, trigger, nowMs);
		return opens ? [open(brand, trigger, nowMs, settings)] : [];
	}

	const held = strongestBurst(tests, settings.holdSurprise, settings, false);
	const hold = trigger ?? (held ? fromBurst(held) : undefined);
	if (hold || isSlowBurnHolding(brand, lastComplete, settings) || isVolumeHolding(brand, lastComplete, settings)) {
		incident.lastActive = nowMs;
		mergeSamples(incident, brand, incident.since, settings);
		if (hold) {
			incident.peakRatio = Math.max(incident.peakRatio, hold.ratio);
			incident.peakExcess = Math.max(incident.peakExcess, hold.count - hold.expected);
		}
		const activeMinutes = (nowMs - incident.openedAt) / MS_PER_MINUTE;
		if (activeMinutes >= settings.adaptAfterHours * 60) {
			// The rise has lasted too long to be an incident: it is the brand's new level.
			brand.level = recentLevel(brand, lastComplete - settings.maxBuckets + 1, lastComplete, settings);
			const why = `volume stayed high for ${settings.adaptAfterHours} h: the baseline now expects this level`;
			return [resolve(brand, incident, nowMs, settings, lastHour(brand, tests, lastComplete, settings), why, true)];
		}
		const candidates = [
			...(trigger ? [trigger] : []),
			episodeSignal(brand, incident, 'all', lastComplete, settings),
			episodeSignal(brand, incident, 'negative', lastComplete, settings),
		];
		let strongest: Signal | undefined;
		let level = incident.level;
		for (const candidate of candidates) {
			const candidateLevel = levelOf(candidate, settings);
			if (LEVEL_RANK[candidateLevel] > LEVEL_RANK[level]) {
				level = candidateLevel;
				strongest = candidate;
			}
		}
		if (!strongest) return [];
		incident.level = level;
		return [toEvent(brand, incident, 'escalated', nowMs, figuresOf(strongest), describe(strongest))];
	}
	if (nowMs - incident.lastActive < settings.resolveAfterMinutes * MS_PER_MINUTE) return [];
	const figures = lastHour(brand, tests, lastComplete, settings);
	const why = `back to normal for ${settings.resolveAfterMinutes} min: ${figures.volume} mentions in the last hour, ${round(figures.baseline)} expected`;
	return [resolve(brand, incident, nowMs, settings, figures, why)];
}
