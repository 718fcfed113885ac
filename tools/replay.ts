import {
	detectCrises,
	type DetectorSettings,
	type Observation,
} from '../nodes/core/detection/detectCrises';
import { runAsCommand } from './runAsCommand';
import { windowsFor } from './replay/burstWindows';
import { readObservations } from './replay/readObservations';
import { LEVEL_RANK, parseArguments, USAGE } from './replay/replayArguments';
import { replayObservations, type ReplayAlert } from './replay/replayObservations';

export { parseMinutes } from './replay/parseMinutes';
export {
	replayObservations,
	type ReplayAlert,
	type ReplayOptions,
} from './replay/replayObservations';

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
