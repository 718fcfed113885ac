// eslint-disable-next-line @typescript-eslint/no-require-imports
const { describeProgress, formatDuration, formatBytes } =
	require('../../../scripts/startup/progressLine.cjs') as {
		describeProgress(input: {
			label: string;
			elapsedMs: number;
			unpacked?: number;
			bytesWritten?: number;
			unpackingSince?: { elapsedMs: number; bytesWritten: number };
			expectedBytes?: number;
			waitingNote?: string;
		}): string;
		formatDuration(ms: number): string;
		formatBytes(bytes: number): string;
	};

describe('progress lines of npm start', () => {
	it('says how long a plain step has been running', () => {
		expect(describeProgress({ label: 'Building the package', elapsedMs: 20_400 })).toBe(
			'Building the package: still running, 20 s elapsed',
		);
	});

	it('while npm resolves the tree, says so and how much it wrote', () => {
		expect(
			describeProgress({
				label: 'Installing n8n@2.41.1',
				elapsedMs: 130_000,
				unpacked: 0,
				bytesWritten: 410e6,
				expectedBytes: 3.1e9,
				waitingNote: 'npm is resolving the dependency tree',
			}),
		).toBe(
			'Installing n8n@2.41.1: npm is resolving the dependency tree, 410 MB written to disk, 2 min 10 s elapsed',
		);
	});

	it('once packages are unpacked, estimates the time left from the bytes written since unpacking began', () => {
		// 1.0 GB in the 100 s since unpacking began, 2.0 GB to go: about 200 s more.
		const line = describeProgress({
			label: 'Installing n8n@2.41.1',
			elapsedMs: 330_000,
			unpacked: 1200,
			bytesWritten: 1.4e9,
			unpackingSince: { elapsedMs: 230_000, bytesWritten: 0.4e9 },
			expectedBytes: 3e9,
		});
		expect(line).toBe(
			'Installing n8n@2.41.1: 1200 packages unpacked, 1.0 GB of ~3.0 GB written (33 %), 5 min 30 s elapsed, about 3 min 20 s left',
		);
	});

	it('past the expected size, says it is finishing instead of a negative estimate', () => {
		const line = describeProgress({
			label: 'Installing n8n',
			elapsedMs: 600_000,
			unpacked: 1519,
			bytesWritten: 3.6e9,
			unpackingSince: { elapsedMs: 200_000, bytesWritten: 0.3e9 },
			expectedBytes: 3.1e9,
		});
		expect(line).toBe(
			'Installing n8n: 1519 packages unpacked, 3.3 GB of ~3.1 GB written, 10 min 00 s elapsed, finishing',
		);
	});

	it('formats durations and sizes for people', () => {
		expect([
			formatDuration(0),
			formatDuration(59_600),
			formatDuration(65_000),
			formatDuration(3_720_000),
		]).toEqual(['0 s', '1 min 00 s', '1 min 05 s', '1 h 02 min']);
		expect([formatBytes(-5), formatBytes(999e6), formatBytes(2.94e9)]).toEqual([
			'0 MB',
			'999 MB',
			'2.9 GB',
		]);
	});
});
