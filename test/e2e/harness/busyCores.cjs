'use strict';
// `CRISIS_DESK_BUSY_CORES=2 npm run test:e2e` runs the suite with that many cores kept busy, the way a slow
// or shared machine runs it. Each burner is a child process that ends itself after CRISIS_DESK_BUSY_SECONDS
// (default one hour) or when jest is gone; globalTeardown stops them at the end of the run.
const { spawn } = require('node:child_process');
const path = require('node:path');

const BURNER = path.join(__dirname, 'cpuBurner.cjs');
const DEFAULT_SECONDS = 3600;

function readCount(env, name, fallback, max) {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	const count = Number(raw);
	if (!Number.isInteger(count) || count < 0 || count > max)
		throw new Error(`${name} must be a whole number from 0 to ${max}, got "${raw}"`);
	return count;
}

/** Starts the burners the environment asks for; returns them (none when CRISIS_DESK_BUSY_CORES is unset or 0). */
function startBusyCores(env = process.env) {
	const cores = readCount(env, 'CRISIS_DESK_BUSY_CORES', 0, 64);
	const seconds = readCount(env, 'CRISIS_DESK_BUSY_SECONDS', DEFAULT_SECONDS, 24 * 3600);
	const burners = [];
	for (let index = 0; index < cores; index++) {
		const burner = spawn(process.execPath, [BURNER, String(seconds), String(process.pid)], {
			stdio: 'ignore',
		});
		// Not holding jest open: if teardown never runs, a burner still ends by itself.
		burner.unref();
		burners.push(burner);
	}
	return burners;
}

function stopBusyCores(burners = []) {
	for (const burner of burners)
		if (burner.exitCode === null && burner.signalCode === null) burner.kill('SIGKILL');
}

module.exports = { startBusyCores, stopBusyCores };
