/**
 * Window-based scoring of detections, in the manner of the public streaming-anomaly benchmarks:
 * each labelled anomaly gets a window; the earliest detection inside it earns up to 1 (more the
 * earlier), a window without one costs 1, and every detection outside all windows costs a fraction.
 * Normalised so that detecting nothing scores 0 and detecting every window at its start scores 100.
 */

export interface ScoredWindow {
	series: string;
	startMs: number;
	endMs: number;
	/** Where the anomaly itself starts (for the delay). */
	anomalyMs: number;
	kind: string;
}

export interface SeriesDetections {
	series: string;
	/** Detections before this instant are ignored: the detector is still learning (probation). */
	scoredFromMs: number;
	scoredToMs: number;
	detectionsMs: number[];
}

export interface WindowScore {
	raw: number;
	score: number;
	hits: number;
	windows: number;
	falseAlerts: number;
	seriesWeeks: number;
	/** Minutes from the anomaly's start to the first detection in its window, per hit window. */
	delaysMin: number[];
	/** Windows without a detection, for the report. */
	missed: ScoredWindow[];
	/** Detections outside every window, for the report. */
	falseDetections: Array<{ series: string; atMs: number }>;
}

const WEIGHT_TRUE = 1;
const WEIGHT_MISSED = 1;
const WEIGHT_FALSE = 0.11;

/** 1 near -1 (the window's start), 0 at 0 (its end), towards -1 long after. */
function scaledSigmoid(position: number): number {
	if (position > 3) return -1;
	return 2 / (1 + Math.exp(5 * position)) - 1;
}

export function scoreDetections(
	windows: ScoredWindow[],
	detections: SeriesDetections[],
): WindowScore {
	let raw = 0;
	let hits = 0;
	let falseAlerts = 0;
	let seriesWeeks = 0;
	const delaysMin: number[] = [];
	const missed: ScoredWindow[] = [];
	const falseDetections: Array<{ series: string; atMs: number }> = [];
	for (const series of detections) {
		seriesWeeks += (series.scoredToMs - series.scoredFromMs) / (7 * 86_400_000);
		const own = windows
			.filter((window) => window.series === series.series)
			.sort((a, b) => a.startMs - b.startMs);
		const scored = series.detectionsMs
			.filter((ms) => ms >= series.scoredFromMs && ms <= series.scoredToMs)
			.sort((a, b) => a - b);
		for (const window of own) {
			const first = scored.find((ms) => ms >= window.startMs && ms <= window.endMs);
			if (first === undefined) {
				raw -= WEIGHT_MISSED;
				missed.push(window);
				continue;
			}
			hits++;
			raw += WEIGHT_TRUE * scaledSigmoid((first - window.endMs) / (window.endMs - window.startMs));
			delaysMin.push((first - window.anomalyMs) / 60_000);
		}
		for (const ms of scored) {
			if (own.some((window) => ms >= window.startMs && ms <= window.endMs)) continue;
			falseAlerts++;
			falseDetections.push({ series: series.series, atMs: ms });
			const before = own.filter((window) => window.endMs < ms).pop();
			const position = before ? (ms - before.endMs) / (before.endMs - before.startMs) : Infinity;
			raw += WEIGHT_FALSE * (before ? scaledSigmoid(position) : -1);
		}
	}
	const perfect = windows.length * scaledSigmoid(-1);
	const none = -windows.length * WEIGHT_MISSED;
	const score = windows.length === 0 ? 0 : (100 * (raw - none)) / (perfect - none);
	return {
		raw,
		score,
		hits,
		windows: windows.length,
		falseAlerts,
		seriesWeeks,
		delaysMin,
		missed,
		falseDetections,
	};
}

export function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
