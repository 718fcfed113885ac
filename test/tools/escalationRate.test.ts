import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../tools/escalationRate';

describe('escalation-rate', () => {
	let dir: string;
	let stdout: string;
	let stderr: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'crisis-escalation-'));
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

	it('reports per file the share the default policy sends, why, and how often the lexicon was wrong on each side', async () => {
		const file = join(dir, 'set.jsonl');
		const rows = [
			{ text: 'My bag is lost and nobody answers. Worst airline ever!', label: 'negative' },
			{ text: 'Oh great, thanks for nothing', label: 'negative' },
			{ text: 'Das Paket ist nicht angekommen und niemand antwortet', label: 'negative' },
			{ text: 'Thank you, smooth flight!', label: 'positive', retweets: 3 },
		];
		writeFileSync(file, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n{"text": 5}\n`);
		expect(await main(['--input', file, '--input', file])).toBe(0);
		const lines = stdout
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as unknown);
		expect(lines).toHaveLength(2);
		expect(lines[0]).toEqual({
			file: 'set.jsonl',
			mentions: 4,
			escalated: 2,
			rate: 0.5,
			byReason: { 'mixed sentiment': 1, 'irony marker': 1, 'unsupported language': 1 },
			lexiconWrong: { labelled: 4, sent: 2, kept: 0 },
		});
		expect(stderr).toContain('set.jsonl:5: skipped, field "text" must be a string');
	});

	it('refuses a command line without a file', async () => {
		expect(await main([])).toBe(2);
		expect(stderr).toContain('usage: escalation-rate --input FILE.jsonl');
	});
});
