import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface JsonLine {
	lineNumber: number;
	value: unknown;
}

/**
 * Streams a JSON Lines file. A malformed line is reported on `warn` (stderr by default) with its
 * line number and skipped, so one bad row never stops a run; blank lines are ignored.
 */
export async function* readJsonLines(
	path: string,
	warn: (message: string) => void = (message) => process.stderr.write(`${message}\n`),
): AsyncGenerator<JsonLine> {
	const lines = createInterface({
		input: createReadStream(path, { encoding: 'utf8' }),
		crlfDelay: Infinity,
	});
	let lineNumber = 0;
	for await (const line of lines) {
		lineNumber++;
		if (line.trim() === '') continue;
		let value: unknown;
		try {
			value = JSON.parse(line);
		} catch (error) {
			warn(`${path}:${lineNumber}: skipped, not valid JSON (${(error as Error).message})`);
			continue;
		}
		yield { lineNumber, value };
	}
}
