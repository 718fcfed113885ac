import {
	detectCrises,
	type DetectorSettings,
	type DetectorState,
	type IncidentEvent,
	type Observation,
} from '../nodes/core/detection/detectCrises';
import { DEFAULT_DETECTOR_SETTINGS } from '../nodes/core/detection/DetectorSettings';
import { createScorer } from '../nodes/core/scoring/createScorer';
import { parseCommandLine } from './commandLine';
import { readJsonLines } from './readJsonLines';
import { runAsCommand } from './runAsCommand';

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

/** "10m", "1h", "90" (minutes) → minutes; undefined when it is not a positive duration. */
export function parseMinutes(value: string): number | undefined {
	const match = /^(\d+(?:\.\d+)?)\s*(m|min|h)?$/i.exec(value.trim());
	if (!match) return undefined;
	const minutes = Number(match[1]) * (match[2]?.toLowerCase() === 'h' ? 60 : 1);
	return minutes > 0 && Number.isFinite(minutes) ? minutes : undefined;
}

/** The default burst windows, rounded up to multiples of another bucket length. */
function windowsFor(bucketMinutes: number): number[] {
	const rounded = DEFAULT_DETECTOR_SETTINGS.burstWindowsMinutes.map(
		(minutes) => Math.ceil(minutes / bucketMinutes) * bucketMinutes,
	);
	return [...new Set(rounded)];
}

const USAGE = `usage: replay --input STREAM.jsonl [--bucket 10m] [--poll 10m] [--label-field label] [--min-level high]

Rows are JSON Lines in time order or not, of two kinds:
  mentions      {"id", "text", "createdAt", "brand" (or "query")}  scored for sentiment (or --label-field)
  volume rows   {"brand", "createdAt", "count"}                     that many mentions in the interval, no text
Prints one JSON line per alert as it happens: {"at", "brand", "level", "state", "incident", "volume", "baseline", "reasons"}.
An alert is an incident opened or escalated to high or critical, and its resolution; --min-level medium
also prints incidents that stay at medium ("watch"). Bad rows are reported on stderr and skipped.`;

const LEVEL_RANK: Record<string, number> = { medium: 0, high: 1, critical: 2 };
/** Times a replay accepts: this century, up to a day ahead of the clock. */
const EARLIEST_MS = Date.parse('2000-01-01T00:00:00Z');
const AHEAD_MS = 86_400_000;
/** Date and time as ISO 8601 writes them: "1" or "March 3" are not times. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

interface Arguments {
	input: string;
	bucketMinutes: number;
	pollMinutes: number;
	labelField?: string;
	minLevel: 'medium' | 'high' | 'critical';
}

const OPTIONS = {
	input: { type: 'string' },
	bucket: { type: 'string', default: '10m' },
	poll: { type: 'string', default: '10m' },
	'label-field': { type: 'string' },
	'min-level': { type: 'string', default: 'high' },
	help: { type: 'boolean' },
} as const;

/** What to replay, a request for help, or why the command line was refused. */
function parseArguments(argv: string[]): Arguments | { help: true } | string {
	const commandLine = parseCommandLine(argv, OPTIONS, USAGE);
	if ('refusal' in commandLine) return commandLine.refusal;
	const values = commandLine.values;
	if (values.help) return { help: true };
	if (!values.input) return `--input is required\n${USAGE}`;
	const bucketMinutes = parseMinutes(values.bucket);
	if (bucketMinutes === undefined)
		return `--bucket must be a duration such as 10m or 1h, not "${values.bucket}"`;
	const pollMinutes = parseMinutes(values.poll);
	if (pollMinutes === undefined)
		return `--poll must be a duration such as 10m or 1h, not "${values.poll}"`;
	const minLevel = values['min-level'];
	if (!Object.hasOwn(LEVEL_RANK, minLevel))
		return `--min-level must be medium, high or critical, not "${minLevel}"`;
	return {
		input: values.input,
		bucketMinutes,
		pollMinutes,
		labelField: values['label-field'],
		minLevel: minLevel as Arguments['minLevel'],
	};
}

/** Reads a stream of mentions: each line needs id, text, createdAt and brand (or query); a bad line is reported and skipped. */
async function readObservations(
	args: Arguments,
	warn: (message: string) => void,
): Promise<Observation[]> {
	const score = createScorer();
	const observations: Observation[] = [];
	for await (const { lineNumber, value } of readJsonLines(args.input, warn)) {
		const row = value as Record<string, unknown>;
		const skip = (why: string) => warn(`${args.input}:${lineNumber}: skipped, ${why}`);
		if (typeof row !== 'object' || row === null || Array.isArray(row)) {
			skip('not a JSON object');
			continue;
		}
		if (
			typeof row.createdAt !== 'string' ||
			!ISO_DATE_TIME.test(row.createdAt) ||
			!Number.isFinite(Date.parse(row.createdAt))
		) {
			skip('field "createdAt" must be an ISO 8601 date');
			continue;
		}
		const createdAtMs = Date.parse(row.createdAt);
		if (createdAtMs < EARLIEST_MS || createdAtMs > Date.now() + AHEAD_MS) {
			skip(
				`field "createdAt" is out of range (${row.createdAt}): times from 2000 to tomorrow are replayed`,
			);
			continue;
		}
		if (row.count !== undefined) {
			const brand = typeof row.brand === 'string' ? row.brand : row.query;
			if (typeof brand !== 'string' || brand.trim() === '') {
				skip('field "brand" (or "query") must be a non-empty string');
				continue;
			}
			if (
				typeof row.count !== 'number' ||
				!Number.isInteger(row.count) ||
				row.count < 0 ||
				row.count > 1_000_000
			) {
				skip('field "count" must be a whole number from 0 to 1000000');
				continue;
			}
			const id =
				typeof row.id === 'string' && row.id !== '' ? row.id : `${brand}\n${row.createdAt}`;
			observations.push({
				id,
				brand,
				createdAt: row.createdAt,
				text: '',
				negative: false,
				count: row.count,
			});
			continue;
		}
		const id = typeof row.id === 'number' ? String(row.id) : row.id;
		if (typeof id !== 'string' || id === '') {
			skip('field "id" must be a non-empty string');
			continue;
		}
		if (typeof row.text !== 'string') {
			skip('field "text" must be a string');
			continue;
		}
		// Mentions captured from our own sources carry the matched `query` instead of a brand.
		const brand = typeof row.brand === 'string' ? row.brand : row.query;
		if (typeof brand !== 'string' || brand.trim() === '') {
			skip('field "brand" (or "query") must be a non-empty string');
			continue;
		}
		let negative: boolean;
		let risk: number | undefined;
		if (args.labelField !== undefined) {
			const label = row[args.labelField];
			if (typeof label !== 'string') {
				skip(`field "${args.labelField}" (--label-field) must be a string`);
				continue;
			}
			negative = label === 'negative';
		} else {
			try {
				const crisis = score({ text: row.text, createdAt: row.createdAt });
				negative = crisis.sentiment.label === 'negative';
				risk = crisis.risk;
			} catch (error) {
				skip(`not scored (${(error as Error).message})`);
				continue;
			}
		}
		observations.push({ id, brand, createdAt: row.createdAt, text: row.text, negative, risk });
	}
	return observations;
}

export async function main(
	argv: string[],
	write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
	warn: (message: string) => void = (message) => process.stderr.write(`${message}\n`),
): Promise<number> {
	const args = parseArguments(argv);
	if (typeof args === 'string') {
		warn(args);
		return 2;
	}
	if ('help' in args) {
		write(USAGE);
		return 0;
	}
	let settings: Partial<DetectorSettings>;
	try {
		settings = {
			bucketMinutes: args.bucketMinutes,
			burstWindowsMinutes: windowsFor(args.bucketMinutes),
		};
		detectCrises(undefined, [], new Date(0), settings);
	} catch (error) {
		warn(`--bucket: ${(error as Error).message}`);
		return 2;
	}
	let observations: Observation[];
	try {
		observations = await readObservations(args, warn);
	} catch (error) {
		warn(`cannot read ${args.input}: ${(error as Error).message}`);
		return 1;
	}
	const printed = new Set<string>();
	const onAlert = (alert: ReplayAlert) => {
		const alerted =
			alert.state === 'resolved'
				? printed.has(alert.incident)
				: LEVEL_RANK[alert.level] >= LEVEL_RANK[args.minLevel];
		if (!alerted) return;
		printed.add(alert.incident);
		write(JSON.stringify(alert));
	};
	const { notices } = replayObservations(observations, {
		pollMinutes: args.pollMinutes,
		settings,
		tailMinutes: 360,
		onAlert,
	});
	for (const notice of new Set(notices)) warn(notice);
	return 0;
}

runAsCommand('replay', module, main);
