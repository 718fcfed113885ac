'use strict';
// Progress lines every 10 s while a long step runs. Most steps run in spawnSync, which holds the caller's
// event loop, so the lines come from a small watcher process started beside the step.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { describeProgress } = require('./progressLine.cjs');

const INTERVAL_MS = 10000;

/**
 * Packages npm has unpacked into a node_modules folder so far (top level, scoped ones included): npm
 * makes every package's folder at once, then fills them, so a package counts once its package.json is in.
 */
function countUnpackedPackages(nodeModules) {
	let entries;
	try {
		entries = fs.readdirSync(nodeModules, { withFileTypes: true });
	} catch {
		return 0;
	}
	let count = 0;
	for (const entry of entries) {
		if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
		const folder = path.join(nodeModules, entry.name);
		if (entry.name.startsWith('@')) count += countUnpackedPackages(folder);
		else if (fs.existsSync(path.join(folder, 'package.json'))) count++;
	}
	return count;
}

/** Free bytes on the file system that holds `folder` (or its nearest existing parent). */
function freeBytes(folder) {
	let existing = path.resolve(folder);
	while (!fs.existsSync(existing)) existing = path.dirname(existing);
	const stats = fs.statfsSync(existing);
	return stats.bavail * stats.bsize;
}

/**
 * Starts printing a progress line for `label` every 10 s until the returned stop function is called.
 * For an npm install (see describeProgress):
 * - packagesIn: the node_modules folder whose unpacked packages are counted;
 * - diskOf: a folder whose file system's used space counts as written by the step;
 * - expectedBytes: about what unpacking writes there; waitingNote: what npm does before that.
 */
function startHeartbeat(
	label,
	{ packagesIn, diskOf, expectedBytes, waitingNote, intervalMs = INTERVAL_MS } = {},
) {
	const options = {
		label,
		packagesIn,
		diskOf,
		expectedBytes,
		waitingNote,
		intervalMs,
		startedAt: Date.now(),
	};
	if (diskOf) options.freeAtStart = freeBytes(diskOf);
	const watcher = spawn(process.execPath, [__filename, JSON.stringify(options)], {
		stdio: ['pipe', 'ignore', 'inherit'],
	});
	// Nothing here keeps the caller alive; the caller stops the watcher when the step ends.
	watcher.unref();
	watcher.stdin.unref();
	return () => {
		watcher.stdin.destroy();
		watcher.kill();
	};
}

/** The watcher: ends when its parent closes the pipe, or dies. */
function watch(options) {
	const {
		label,
		packagesIn,
		diskOf,
		expectedBytes,
		waitingNote,
		intervalMs,
		startedAt,
		freeAtStart,
	} = options;
	process.stdin.on('close', () => process.exit(0));
	process.stdin.on('end', () => process.exit(0));
	process.stdin.resume();
	let unpackingSince;
	let lastLook = { elapsedMs: 0, bytesWritten: 0 };
	const report = (tick) => {
		const elapsedMs = Date.now() - startedAt;
		const unpacked = packagesIn ? countUnpackedPackages(packagesIn) : undefined;
		const bytesWritten = diskOf ? freeAtStart - freeBytes(diskOf) : undefined;
		// The first package may have appeared at any time since the last look: count from the last look.
		if (unpacked > 0 && unpackingSince === undefined) unpackingSince = lastLook;
		lastLook = { elapsedMs, bytesWritten };
		const line = describeProgress({
			label,
			elapsedMs,
			unpacked,
			bytesWritten,
			unpackingSince,
			expectedBytes,
			waitingNote,
		});
		process.stderr.write(`[crisis-desk] ${line}\n`);
		schedule(tick + 1);
	};
	// Ticks at fixed times after the step began, so lines never drift further apart than the interval.
	const schedule = (tick) =>
		setTimeout(() => report(tick), Math.max(0, startedAt + tick * intervalMs - Date.now()));
	schedule(1);
}

if (require.main === module) watch(JSON.parse(process.argv[2]));

module.exports = { startHeartbeat, countUnpackedPackages };
