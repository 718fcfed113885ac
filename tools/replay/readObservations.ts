import type { Observation } from '../../nodes/core/detection/detectCrises';
import { createScorer } from '../../nodes/core/scoring/createScorer';
import { readJsonLines } from '../readJsonLines';
import type { ReplayArguments } from './replayArguments';

/** Times a replay accepts: this century, up to a day ahead of the clock. */
const EARLIEST_MS = Date.parse('2000-01-01T00:00:00Z');
const AHEAD_MS = 86_400_000;
/** Date and time as ISO 8601 writes them: "1" or "March 3" are not times. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/** Reads a stream of mentions: each line needs id, text, createdAt and brand (or query); a bad line is reported and skipped. */
export async function readObservations(
	args: ReplayArguments,
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
