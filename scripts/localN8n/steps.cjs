'use strict';
// Named steps: a log line when each starts and ends, and a failure that says which step and what to do.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const { startHeartbeat } = require('../startup/heartbeat.cjs');

function log(message) {
	process.stderr.write(`[crisis-desk] ${message}\n`);
}

function fail(step, hint) {
	const error = new Error(`${step} failed. ${hint}`);
	error.step = step;
	throw error;
}

/**
 * Runs one step, with a progress line every 10 s (see startup/heartbeat.cjs for `progress`). With logFile,
 * the step's output goes there and only its last lines are shown, if it fails.
 */
function run(step, command, args, options, hint, { progress, logFile } = {}) {
	const started = Date.now();
	log(`${step} …${logFile ? ` (output: ${logFile})` : ''}`);
	const output = logFile ? fs.openSync(logFile, 'w') : 'inherit';
	const stopHeartbeat = startHeartbeat(step.split(' (')[0], progress);
	let result;
	try {
		result = spawnSync(command, args, { stdio: ['ignore', output, output], ...options });
	} finally {
		stopHeartbeat();
		if (logFile) fs.closeSync(output);
	}
	if (result.status !== 0) {
		if (logFile)
			process.stderr.write(`--- last lines of ${logFile} ---\n${lastLines(logFile, 40)}\n---\n`);
		fail(step, hint);
	}
	log(`${step} done in ${Math.round((Date.now() - started) / 1000)} s`);
}

function lastLines(file, count) {
	return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
}

module.exports = { log, fail, run };
