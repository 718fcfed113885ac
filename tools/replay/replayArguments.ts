import { parseCommandLine } from '../commandLine';
import { parseMinutes } from './parseMinutes';

export const USAGE = `usage: replay --input STREAM.jsonl [--bucket 10m] [--poll 10m] [--label-field label] [--min-level high]

Rows are JSON Lines in time order or not, of two kinds:
  mentions      {"id", "text", "createdAt", "brand" (or "query")}  scored for sentiment (or --label-field)
  volume rows   {"brand", "createdAt", "count"}                     that many mentions in the interval, no text
Prints one JSON line per alert as it happens: {"at", "brand", "level", "state", "incident", "volume", "baseline", "reasons"}.
An alert is an incident opened or escalated to high or critical, and its resolution; --min-level medium
also prints incidents that stay at medium ("watch"). Bad rows are reported on stderr and skipped.`;

/** How --min-level ranks the alert levels. */
export const LEVEL_RANK: Record<string, number> = { medium: 0, high: 1, critical: 2 };

export interface ReplayArguments {
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
export function parseArguments(argv: string[]): ReplayArguments | { help: true } | string {
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
		minLevel: minLevel as ReplayArguments['minLevel'],
	};
}
