import { parseCommandLine } from './commandLine';
import type { LoadOptions } from './load/loadReport';
import { runLoad } from './load/runLoad';
import { runAsCommand } from './runAsCommand';

export type { LoadOptions, LoadReport, MemoryCheckpoint } from './load/loadReport';
export { runLoad } from './load/runLoad';

const USAGE = 'usage: load [--mentions 100000] [--brands 8] [--poll 10]';
const OPTIONS = {
	mentions: { type: 'string', default: '100000' },
	brands: { type: 'string', default: '8' },
	poll: { type: 'string', default: '10' },
} as const;

function readWholeNumber(name: string, text: string): number | string {
	const value = Number(text);
	return Number.isInteger(value) && value >= 1
		? value
		: `--${name} must be a whole number of at least 1, got ${text}`;
}

/** `load [--mentions 100000] [--brands 8] [--poll 10]`: throughput and memory of scoring + detection over a long stream. */
export async function main(argv: string[]): Promise<number> {
	const commandLine = parseCommandLine(argv, OPTIONS, USAGE);
	if ('refusal' in commandLine) {
		process.stderr.write(`${commandLine.refusal}\n`);
		return 2;
	}
	const mentions = readWholeNumber('mentions', commandLine.values.mentions);
	const brands = readWholeNumber('brands', commandLine.values.brands);
	const pollMinutes = readWholeNumber('poll', commandLine.values.poll);
	for (const value of [mentions, brands, pollMinutes]) {
		if (typeof value === 'string') {
			process.stderr.write(`load: ${value}\n`);
			return 2;
		}
	}
	const options = { mentions, brands, pollMinutes } as LoadOptions;
	const log = (line: string) => process.stderr.write(`${line}\n`);
	log(
		`load: ${options.mentions} demo mentions (EN/TR) of ${options.brands} brands, one poll every ${options.pollMinutes} min, scorer + crisis detector`,
	);
	const report = runLoad(options, log);
	log(`scoring:  ${report.scoring.mentionsPerSec} mentions/s (${report.scoring.seconds} s)`);
	log(
		`detector: ${report.detector.mentionsPerSec} mentions/s, ${report.detector.pollsPerSec} polls/s (${report.detector.seconds} s, state JSON round trip included)`,
	);
	log(`${report.polls} polls over ${report.simulatedDays} simulated days, ${report.events} alerts`);
	log(
		`memory: peak rss ${report.memory.peakRssMB} MB, peak heap ${report.memory.peakHeapUsedMB} MB, retained heap growth after warm-up ` +
			`${report.memory.retainedHeapGrowthMB ?? '?'} MB, largest stored state ${report.memory.maxStateBytes} bytes: ${report.memory.flat ? 'flat' : 'GROWING'}`,
	);
	process.stdout.write(`${JSON.stringify(report)}\n`);
	return 0;
}

runAsCommand('load', module, main);
