import { main, runLoad } from '../../tools/load';

describe('load', () => {
	it('streams demo mentions through the scorer and the detector and reports throughput and memory', () => {
		const lines: string[] = [];
		const report = runLoad({ mentions: 3000, brands: 3, pollMinutes: 10 }, (line) =>
			lines.push(line),
		);
		expect(report.mentions).toBe(3000);
		expect(report.polls).toBeGreaterThan(10);
		expect(report.scoring.mentionsPerSec).toBeGreaterThan(0);
		expect(report.detector.mentionsPerSec).toBeGreaterThan(0);
		expect(report.memory.checkpoints.length).toBe(10);
		expect(report.memory.checkpoints[9].mentions).toBe(3000);
		expect(report.memory.maxStateBytes).toBeGreaterThan(0);
		expect(report.memory.peakRssMB).toBeGreaterThan(0);
		expect(lines).toHaveLength(10);
	});

	it('is deterministic in what it counts (same mentions, polls and alerts on every run)', () => {
		const first = runLoad({ mentions: 2000, brands: 2, pollMinutes: 15 });
		const second = runLoad({ mentions: 2000, brands: 2, pollMinutes: 15 });
		expect([second.polls, second.events, second.memory.maxStateBytes]).toEqual([
			first.polls,
			first.events,
			first.memory.maxStateBytes,
		]);
	});

	it('prints one JSON line on stdout and rejects bad options', async () => {
		const out: string[] = [];
		const err: string[] = [];
		const stdout = jest
			.spyOn(process.stdout, 'write')
			.mockImplementation((chunk) => out.push(String(chunk)) > 0);
		const stderr = jest
			.spyOn(process.stderr, 'write')
			.mockImplementation((chunk) => err.push(String(chunk)) > 0);
		try {
			expect(await main(['--mentions', '500', '--brands', '2'])).toBe(0);
			expect(await main(['--mentions', 'lots'])).toBe(2);
		} finally {
			stdout.mockRestore();
			stderr.mockRestore();
		}
		expect(out).toHaveLength(1);
		expect(JSON.parse(out[0])).toMatchObject({ mentions: 500, brands: 2 });
		expect(err.join('')).toMatch(/--mentions must be a whole number/);
	});
});
