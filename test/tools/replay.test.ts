import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, parseMinutes, replayObservations } from '../../tools/replay';
import type { Observation } from '../../nodes/core/detection/detectCrises';

const HOUR = 3_600_000;

/** Two days of a quiet brand (4 distinct mentions an hour), then 30 complaints in 20 minutes. */
function stream(): Observation[] {
	const start = Date.parse('2026-03-02T00:00:00Z');
	const rows: Observation[] = [];
	for (let minute = 0; minute < 48 * 60; minute += 15) {
		rows.push({
			id: `q${minute}`,
			brand: 'Acme',
			createdAt: new Date(start + minute * 60_000).toISOString(),
			text: `hello ${minute}`,
			negative: minute % 45 === 0,
		});
	}
	for (let k = 0; k < 30; k++) {
		rows.push({
			id: `b${k}`,
			brand: 'Acme',
			createdAt: new Date(start + 47 * HOUR + k * 40_000).toISOString(),
			text: `my order ${k} never came`,
			negative: true,
		});
	}
	return rows;
}

describe('replay', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'replay-'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('parses durations', () => {
		expect(parseMinutes('10m')).toBe(10);
		expect(parseMinutes('1h')).toBe(60);
		expect(parseMinutes('15')).toBe(15);
		expect(parseMinutes('0m')).toBeUndefined();
		expect(parseMinutes('ten')).toBeUndefined();
	});

	it('feeds the stream poll by poll and reports the burst once it happens', () => {
		const { alerts } = replayObservations(stream(), {
			pollMinutes: 10,
			settings: { warmupHours: 24 },
			tailMinutes: 360,
		});
		expect(alerts[0]).toMatchObject({ brand: 'Acme', state: 'opened' });
		const burstStart = Date.parse('2026-03-02T00:00:00Z') + 47 * HOUR;
		expect(Date.parse(alerts[0].at)).toBeGreaterThan(burstStart);
		expect(Date.parse(alerts[0].at)).toBeLessThanOrEqual(burstStart + 30 * 60_000);
		expect(Object.keys(alerts[0])).toEqual([
			'at',
			'brand',
			'level',
			'state',
			'incident',
			'volume',
			'baseline',
			'reasons',
		]);
		expect(alerts[alerts.length - 1].state).toBe('resolved');
	});

	it('prints one JSON line per alert, and reports bad lines on stderr with their number', async () => {
		// Half the rows name the brand as our sources do, in `query`.
		const rows = stream().map(({ brand, ...row }, index) => ({
			...row,
			...(index % 2 === 0 ? { brand } : { query: brand }),
			label: row.negative ? 'negative' : 'neutral',
		}));
		const lines = rows.map((row) => JSON.stringify(row));
		lines.splice(
			3,
			0,
			'{not json',
			JSON.stringify({ id: 'x', text: 'hi', createdAt: 'soon', brand: 'Acme', label: 'neutral' }),
		);
		const file = join(dir, 'stream.jsonl');
		writeFileSync(file, lines.join('\n'));
		const out: string[] = [];
		const err: string[] = [];
		// Two days of history: the default 36 h warm-up is over when the burst comes.
		const code = await main(
			['--input', file, '--label-field', 'label', '--poll', '10m'],
			(line) => out.push(line),
			(line) => err.push(line),
		);
		expect(code).toBe(0);
		expect(err.some((line) => line.startsWith(`${file}:4: skipped`))).toBe(true);
		expect(err).toContain(`${file}:5: skipped, field "createdAt" must be an ISO 8601 date`);
		const alerts = out.map((line) => JSON.parse(line));
		expect(alerts[0]).toMatchObject({ brand: 'Acme', state: 'opened' });
		expect(alerts[0].at.slice(0, 13)).toBe('2026-03-03T23');
	});

	it('uses the scorer for the negative label when no label field is given', async () => {
		const file = join(dir, 'scored.jsonl');
		writeFileSync(
			file,
			stream()
				.map((row) => JSON.stringify(row))
				.join('\n'),
		);
		const out: string[] = [];
		const code = await main(
			['--input', file],
			(line) => out.push(line),
			() => undefined,
		);
		expect(code).toBe(0);
		expect(out.length).toBeGreaterThan(0);
	});

	it.each([
		[['--bucket', '10m'], '--input is required'],
		[['--input', 'x', '--bucket', '7m'], 'bucketMinutes'],
		[['--input', 'x', '--poll', 'soon'], '--poll must be a duration'],
		[['--input', 'x', '--frobnicate', '1'], 'unknown option --frobnicate'],
		[['--input=x', '--poll=soon'], '--poll must be a duration'],
	])('refuses %p with exit code 2', async (argv, message) => {
		const err: string[] = [];
		expect(
			await main(
				argv,
				() => undefined,
				(line) => err.push(line),
			),
		).toBe(2);
		expect(err.join('\n')).toContain(message);
	});

	it('fails cleanly on a missing file', async () => {
		const err: string[] = [];
		expect(
			await main(
				['--input', join(dir, 'absent.jsonl')],
				() => undefined,
				(line) => err.push(line),
			),
		).toBe(1);
		expect(err[0]).toMatch(/cannot read/);
	});
});
