import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const HEARTBEAT = path.join(__dirname, '..', '..', '..', 'scripts', 'startup', 'heartbeat.cjs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { countUnpackedPackages } = require(HEARTBEAT) as {
	countUnpackedPackages(folder: string): number;
};

function makePackage(nodeModules: string, name: string, unpacked: boolean): void {
	const folder = path.join(nodeModules, name);
	fs.mkdirSync(folder, { recursive: true });
	if (unpacked) fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ name }));
}

// A step that blocks its process the way spawnSync does, driven line by line from the test over stdin.
const BLOCKING_STEP = `
const fs = require('node:fs');
const path = require('node:path');
const { startHeartbeat } = require(process.argv[1]);
const nodeModules = process.argv[2];
const stop = startHeartbeat('Installing n8n@test', { packagesIn: nodeModules, diskOf: nodeModules, expectedBytes: 1e9, waitingNote: 'npm is resolving', intervalMs: 50 });
const release = path.join(nodeModules, '..', 'release');
// Holds the event loop until the test, having seen a progress line meanwhile, creates the release file.
const blockUntilReleased = () => { while (!fs.existsSync(release)); };
let buffered = '';
process.stdin.setEncoding('utf8').on('data', (chunk) => {
	buffered += chunk;
	for (;;) {
		const end = buffered.indexOf('\\n');
		if (end < 0) return;
		const command = buffered.slice(0, end);
		buffered = buffered.slice(end + 1);
		if (command === 'block') { process.stderr.write('BLOCKING\\n'); blockUntilReleased(); process.stderr.write('BLOCKED\\n'); }
		if (command === 'unpack') {
			for (const name of ['a', 'b', '@scope/c']) {
				fs.mkdirSync(path.join(nodeModules, name), { recursive: true });
				fs.writeFileSync(path.join(nodeModules, name, 'package.json'), '{}');
			}
			process.stderr.write('UNPACKED\\n');
		}
		if (command === 'stop') { stop(); process.stderr.write('STOPPED\\n'); setTimeout(() => process.exit(0), 500); }
	}
});
`;

describe('heartbeat of a long step', () => {
	let folder: string;
	beforeEach(() => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-desk-heartbeat-'));
	});
	afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

	it('counts a package once npm has put its package.json in, scoped ones included', () => {
		const nodeModules = path.join(folder, 'node_modules');
		expect(countUnpackedPackages(nodeModules)).toBe(0);
		makePackage(nodeModules, 'left-pad', true);
		makePackage(nodeModules, 'still-empty', false);
		makePackage(nodeModules, '@n8n/config', true);
		makePackage(nodeModules, '@n8n/di', false);
		makePackage(nodeModules, '.bin', false);
		expect(countUnpackedPackages(nodeModules)).toBe(2);
	});

	it('prints while the step holds its process, reports unpacked packages, and stops when told', async () => {
		const nodeModules = path.join(folder, 'node_modules');
		fs.mkdirSync(nodeModules);
		const child = spawn(process.execPath, ['-e', BLOCKING_STEP, HEARTBEAT, nodeModules], {
			stdio: ['pipe', 'ignore', 'pipe'],
		});
		let stderr = '';
		const waiters: Array<{ text: string; after: number; resolve: () => void }> = [];
		const settle = () => {
			for (const waiter of [...waiters]) {
				if (stderr.indexOf(waiter.text, waiter.after) >= 0) {
					waiters.splice(waiters.indexOf(waiter), 1);
					waiter.resolve();
				}
			}
		};
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
			stderr += chunk;
			settle();
		});
		const seen = (text: string, after = 0) =>
			new Promise<void>((resolve) => {
				waiters.push({ text, after, resolve });
				settle();
			});
		const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));

		await seen('npm is resolving');
		child.stdin.write('block\n');
		await seen('BLOCKING');
		// A line comes while the step's own event loop is held (else this waits until the test times out).
		await seen('[crisis-desk] Installing n8n@test', stderr.indexOf('BLOCKING'));
		fs.writeFileSync(path.join(folder, 'release'), '');
		await seen('BLOCKED');

		child.stdin.write('unpack\n');
		await seen('UNPACKED');
		await seen('3 packages unpacked', stderr.indexOf('UNPACKED'));
		child.stdin.write('stop\n');
		await seen('STOPPED');
		await exited;
		const afterStop = stderr.slice(stderr.indexOf('STOPPED') + 'STOPPED'.length);
		expect(afterStop.trim()).toBe('');
	});
});
