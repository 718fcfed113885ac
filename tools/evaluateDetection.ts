import type { Observation } from '../nodes/core/detection/detectCrises';
import { createScorer } from '../nodes/core/scoring/createScorer';
import { airlineIncidents, injectedRows, type MentionRow } from './detectionEval/airlineWeek';
import { generateSeries, type LabelledSeries } from './detectionEval/seasonalSeries';
import { SERIES_SPECS } from './detectionEval/seriesSpecs';
import {
	median,
	scoreDetections,
	type ScoredWindow,
	type SeriesDetections,
} from './detectionEval/windowScore';
import { parseCommandLine } from './commandLine';
import { readJsonLines } from './readJsonLines';
import { replayObservations, type ReplayAlert } from './replay';
import { runAsCommand } from './runAsCommand';

const USAGE = 'usage: evaluate-detection [--airline AIRLINE.jsonl] [--all-levels] [--verbose]';
const OPTIONS = {
	airline: { type: 'string' },
	'all-levels': { type: 'boolean', default: false },
	verbose: { type: 'boolean', default: false },
} as const;
const POLL_MINUTES = 10;
const MS_PER_MIN = 60_000;

/** An alert in the product's sense: an incident opened or escalated to high or critical. */
function isAlert(alert: ReplayAlert, allLevels: boolean): boolean {
	return (
		alert.state !== 'resolved' &&
		(allLevels || alert.level === 'high' || alert.level === 'critical')
	);
}

/** Volume rows, as a listening tool exports them: per interval, the complaints and the rest. */
function seriesObservations(series: LabelledSeries): Observation[] {
	const observations: Observation[] = [];
	series.totals.forEach((total, step) => {
		const createdAt = new Date(
			series.startMs + step * series.stepMinutes * MS_PER_MIN,
		).toISOString();
		const negative = series.negatives[step];
		const base = { brand: series.name, createdAt, text: '' };
		observations.push({ ...base, id: `${series.name}:${step}:n`, negative: true, count: negative });
		observations.push({
			...base,
			id: `${series.name}:${step}:o`,
			negative: false,
			count: total - negative,
		});
	});
	return observations;
}

/** Windows as the public benchmarks draw them: a tenth of the series, shared among its anomalies, centred on each. */
function seriesWindows(series: LabelledSeries): ScoredWindow[] {
	const lengthMs = series.totals.length * series.stepMinutes * MS_PER_MIN;
	const windowMs = (0.1 * lengthMs) / series.anomalies.length;
	return series.anomalies.map((anomaly) => ({
		series: series.name,
		startMs: anomaly.startMs - windowMs / 2,
		endMs: anomaly.startMs + windowMs / 2,
		anomalyMs: anomaly.startMs,
		kind: anomaly.kind,
	}));
}

interface Part {
	windows: ScoredWindow[];
	detections: SeriesDetections[];
	lines: string[];
	/** Every alert by series and time, so that --verbose can say why a false one fired. */
	alerts: Map<string, ReplayAlert>;
}

function syntheticPart(allLevels: boolean): Part {
	const part: Part = { windows: [], detections: [], lines: [], alerts: new Map() };
	for (const spec of SERIES_SPECS) {
		const series = generateSeries(spec);
		const { alerts } = replayObservations(seriesObservations(series), {
			pollMinutes: POLL_MINUTES,
			settings: {},
			tailMinutes: 0,
		});
		const lengthMs = series.totals.length * series.stepMinutes * MS_PER_MIN;
		for (const alert of alerts) part.alerts.set(`${series.name} ${Date.parse(alert.at)}`, alert);
		part.windows.push(...seriesWindows(series));
		part.detections.push({
			series: series.name,
			scoredFromMs: series.startMs + 0.15 * lengthMs,
			scoredToMs: series.startMs + lengthMs,
			detectionsMs: alerts
				.filter((alert) => isAlert(alert, allLevels))
				.map((alert) => Date.parse(alert.at)),
		});
	}
	return part;
}

async function airlinePart(
	path: string,
	allLevels: boolean,
	warn: (message: string) => void,
): Promise<Part> {
	const base: MentionRow[] = [];
	for await (const { value } of readJsonLines(path, warn)) {
		const row = value as Record<string, unknown>;
		if (
			typeof row.brand !== 'string' ||
			typeof row.text !== 'string' ||
			typeof row.createdAt !== 'string'
		)
			continue;
		base.push({ id: String(row.id), brand: row.brand, createdAt: row.createdAt, text: row.text });
	}
	const score = createScorer();
	const observations = [...base, ...injectedRows(base)].map((row): Observation => {
		const crisis = score({ text: row.text, createdAt: row.createdAt });
		return { ...row, negative: crisis.sentiment.label === 'negative', risk: crisis.risk };
	});
	const { alerts } = replayObservations(observations, {
		pollMinutes: POLL_MINUTES,
		settings: {},
		tailMinutes: 360,
	});
	const times = observations.map((o) => Date.parse(o.createdAt));
	const fromMs = Math.min(...times);
	const toMs = Math.max(...times);
	const part: Part = { windows: [], detections: [], lines: [], alerts: new Map() };
	for (const alert of alerts)
		part.alerts.set(`airline ${alert.brand} ${Date.parse(alert.at)}`, alert);
	const incidents = airlineIncidents();
	for (const incident of incidents) {
		const brandAlerts = alerts.filter(
			(alert) => alert.brand === incident.brand && isAlert(alert, allLevels),
		);
		const first = brandAlerts.find((alert) => Date.parse(alert.at) >= incident.startMs);
		const delay = first ? (Date.parse(first.at) - incident.startMs) / MS_PER_MIN : undefined;
		if (incident.alertWithinMin !== undefined) {
			part.windows.push({
				series: `airline ${incident.brand}`,
				startMs: incident.startMs - 30 * MS_PER_MIN,
				endMs: incident.startMs + Math.max(6 * 60, incident.minutes + 120) * MS_PER_MIN,
				anomalyMs: incident.startMs,
				kind: incident.name,
			});
			const ok = delay !== undefined && delay <= incident.alertWithinMin;
			part.lines.push(
				`airline ${incident.name} (${incident.brand}): ${delay === undefined ? 'no alert' : `${first?.level} after ${delay} min`} — target ≤ ${incident.alertWithinMin} min ${ok ? 'met' : 'MISSED'}`,
			);
		} else if (incident.kind === 'shift') {
			const during = brandAlerts.filter((alert) => Date.parse(alert.at) >= incident.startMs);
			part.windows.push({
				series: `airline ${incident.brand}`,
				startMs: incident.startMs - 30 * MS_PER_MIN,
				endMs: incident.startMs + 6 * 60 * MS_PER_MIN,
				anomalyMs: incident.startMs,
				kind: incident.name,
			});
			part.lines.push(
				`airline ${incident.name} (${incident.brand}): ${during.length} alerts after the shift — target at most 1`,
			);
		} else {
			const during = brandAlerts.filter(
				(alert) =>
					Date.parse(alert.at) >= incident.startMs &&
					Date.parse(alert.at) <= incident.startMs + (incident.minutes + 60) * MS_PER_MIN,
			);
			part.lines.push(
				`airline ${incident.name} (${incident.brand}): ${during.length} alerts — target 0`,
			);
		}
	}
	for (const brand of [...new Set(observations.map((o) => o.brand))].sort()) {
		part.detections.push({
			series: `airline ${brand}`,
			scoredFromMs: fromMs,
			scoredToMs: toMs,
			detectionsMs: alerts
				.filter((alert) => alert.brand === brand && isAlert(alert, allLevels))
				.map((alert) => Date.parse(alert.at)),
		});
	}
	const others = alerts.filter(
		(alert) =>
			isAlert(alert, allLevels) &&
			!part.windows.some(
				(window) =>
					window.series === `airline ${alert.brand}` &&
					Date.parse(alert.at) >= window.startMs &&
					Date.parse(alert.at) <= window.endMs,
			),
	);
	part.lines.push(`airline other alerts in the week: ${others.length} — target at most 3`);
	for (const alert of others)
		part.lines.push(
			`  ${alert.at} ${alert.brand} ${alert.level} ${alert.state}: ${alert.reasons[0] ?? ''}`,
		);
	return part;
}

export async function main(
	argv: string[],
	write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
	warn: (message: string) => void = (message) => process.stderr.write(`${message}\n`),
): Promise<number> {
	const commandLine = parseCommandLine(argv, OPTIONS, USAGE);
	if ('refusal' in commandLine) {
		warn(commandLine.refusal);
		return 2;
	}
	const { airline, 'all-levels': allLevels, verbose } = commandLine.values;
	const parts = [syntheticPart(allLevels)];
	if (airline) parts.push(await airlinePart(airline, allLevels, warn));
	const windows = parts.flatMap((part) => part.windows);
	const detections = parts.flatMap((part) => part.detections);
	const result = scoreDetections(windows, detections);
	for (const part of parts) for (const line of part.lines) write(line);
	for (const window of result.missed)
		write(`missed: ${window.series} ${window.kind} at ${new Date(window.anomalyMs).toISOString()}`);
	const bySeries = new Map<string, number>();
	for (const detection of result.falseDetections)
		bySeries.set(detection.series, (bySeries.get(detection.series) ?? 0) + 1);
	for (const [series, count] of bySeries) write(`false alerts: ${series} ${count}`);
	if (verbose) {
		for (const { series, atMs } of result.falseDetections) {
			const alert = parts.map((part) => part.alerts.get(`${series} ${atMs}`)).find(Boolean);
			write(
				`  false: ${series} ${new Date(atMs).toISOString()} ${alert?.level} ${alert?.state}: ${alert?.reasons.join(' | ')}`,
			);
		}
	}
	const delay = median(result.delaysMin);
	write(
		JSON.stringify({
			score: Math.round(result.score * 10) / 10,
			hits: result.hits,
			windows: result.windows,
			falseAlertsPerSeriesWeek: Math.round((result.falseAlerts / result.seriesWeeks) * 100) / 100,
			medianDelayMin: delay === null ? null : Math.round(delay),
		}),
	);
	return 0;
}

runAsCommand('evaluate-detection', module, main);
