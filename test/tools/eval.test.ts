import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScorer, type Scorer } from '../../nodes/core/scoring/createScorer';
import { computeMetrics, main } from '../../tools/eval';
import { readJsonLines } from '../../tools/readJsonLines';

describe('computeMetrics', () => {
	it('computes per-class precision, recall, F1, macro-F1 and counts unscored rows as misses', () => {
		const metrics = computeMetrics([
			{ gold: 'negative', predicted: 'negative' },
			{ gold: 'negative', predicted: 'neutral' },
			{ gold: 'neutral', predicted: 'neutral' },
			{ gold: 'positive', predicted: 'negative' },
			{ gold: 'positive', predicted: 'unscored' },
		]);
		expect(metrics).toEqual({
			n: 5,
			accuracy: 0.4,
			macroF1: 0.3889,
			negative: { precision: 0.5, recall: 0.5, f1: 0.5 },
			neutral: { precision: 0.5, recall: 1, f1: 0.6667 },
			positive: { precision: 0, recall: 0, f1: 0 },
			unscored: 1,
		});
	});
});

describe('eval and readJsonLines on a file', () => {
	let dir: string;
	let stdout: string;
	let stderr: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'crisis-eval-'));
		stdout = '';
		stderr = '';
		jest
			.spyOn(process.stdout, 'write')
			.mockImplementation((chunk) => ((stdout += String(chunk)), true));
		jest
			.spyOn(process.stderr, 'write')
			.mockImplementation((chunk) => ((stderr += String(chunk)), true));
	});
	afterEach(() => {
		jest.restoreAllMocks();
		rmSync(dir, { recursive: true, force: true });
	});

	it('reports malformed lines and missing fields with their line numbers and goes on', async () => {
		const file = join(dir, 'rows.jsonl');
		writeFileSync(
			file,
			[
				'{"id":"1","text":"worst service ever, still waiting for my refund","label":"negative"}',
				'{not json',
				'',
				'{"id":"3","label":"neutral"}',
				'{"id":"4","text":"thanks, great job, love it","label":"positive"}',
				'{"id":"5","text":"is the shop open today?","label":"maybe"}',
			].join('\n'),
		);
		expect(await main(['--input', file])).toBe(0);
		expect(stderr).toContain(`${file}:2:`);
		expect(stderr).toContain(`${file}:4: skipped, field "text"`);
		expect(stderr).toContain(`${file}:6: skipped, field "label"`);
		const metrics = JSON.parse(stdout);
		expect(Object.keys(metrics)).toEqual([
			'n',
			'accuracy',
			'macroF1',
			'negative',
			'neutral',
			'positive',
			'unscored',
		]);
		expect(metrics).toMatchObject({ n: 2, accuracy: 1, unscored: 0 });
	});

	it('scores a row holding one 4 MiB word like any other row', async () => {
		const file = join(dir, 'long.jsonl');
		writeFileSync(
			file,
			[
				'{"text":"worst service ever, still waiting for my refund","label":"negative"}',
				JSON.stringify({ text: 'a'.repeat(4 * 1024 * 1024), label: 'neutral' }),
				'{"text":"thanks, great job, love it","label":"positive"}',
			].join('\n'),
		);
		expect(await main(['--input', file])).toBe(0);
		expect(stderr).toBe('');
		expect(JSON.parse(stdout)).toMatchObject({ n: 3, accuracy: 1 });
	});

	it('reports a row the scorer fails on with its line number and goes on with the next rows', async () => {
		const file = join(dir, 'rows.jsonl');
		writeFileSync(
			file,
			[
				'{"text":"worst service ever","label":"negative"}',
				'{"text":"boom","label":"neutral"}',
				'{"text":"thanks, great job","label":"positive"}',
			].join('\n'),
		);
		const real = createScorer();
		const failingOnBoom: Scorer = (input, at) => {
			if (input.text === 'boom') throw new RangeError('Maximum call stack size exceeded');
			return real(input, at);
		};
		expect(await main(['--input', file], failingOnBoom)).toBe(0);
		expect(stderr).toBe(
			`${file}:2: skipped, could not score the text (RangeError: Maximum call stack size exceeded)\n`,
		);
		expect(JSON.parse(stdout)).toMatchObject({ n: 2, accuracy: 1 });
	});

	it('fails with a usage message without --input or with an unknown option, and with a message for a missing file', async () => {
		expect(await main([])).toBe(2);
		expect(stderr).toContain('usage');
		stderr = '';
		expect(await main(['--input', join(dir, 'absent.jsonl'), '--frobnicate'])).toBe(2);
		expect(stderr).toBe('unknown option --frobnicate\nusage: eval --input FILE.jsonl\n');
		expect(await main(['--input', join(dir, 'absent.jsonl')])).toBe(1);
		expect(stderr).toContain('cannot read');
	});

	it('yields line numbers with the parsed values', async () => {
		const file = join(dir, 'lines.jsonl');
		writeFileSync(file, '{"a":1}\n\n[2]\n');
		const seen: unknown[] = [];
		for await (const line of readJsonLines(file)) seen.push(line);
		expect(seen).toEqual([
			{ lineNumber: 1, value: { a: 1 } },
			{ lineNumber: 3, value: [2] },
		]);
	});
});
