'use strict';
// `n8n start` on a loopback port: started until it is ready (owner claimed, package loaded), and stopped.
const { spawn } = require('node:child_process');
const { startHeartbeat } = require('../startup/heartbeat.cjs');
const { lineOf } = require('./n8nLines.cjs');
const { paths } = require('./installPaths.cjs');
const { n8nEnv } = require('./n8nEnv.cjs');
const { assertPackageLoaded } = require('./packageLoadCheck.cjs');
const { fail } = require('./steps.cjs');

async function waitForReady(baseUrl, child, timeoutMs = 180000, logFile) {
	const started = Date.now();
	const where = logFile ? `see ${logFile}` : 'see its output above';
	while (Date.now() - started < timeoutMs) {
		if (child && child.exitCode !== null)
			fail('Starting n8n', `n8n exited with code ${child.exitCode}; ${where}.`);
		try {
			// n8n 1.x answers readiness before its REST routes are mounted (they 404 until then). A time
			// limit, so that a listener that never answers cannot hold this loop past n8n's exit.
			const signal = AbortSignal.timeout(5000);
			const response = await fetch(`${baseUrl}/healthz/readiness`, { signal });
			if (response.ok && (await fetch(`${baseUrl}/rest/login`, { signal })).status !== 404) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	fail('Starting n8n', `no readiness after ${timeoutMs / 1000} s at ${baseUrl}/healthz/readiness.`);
}

/**
 * n8n 1.x starts with an unclaimed owner account: claim it with the editor's setup call. Setting up an
 * instance that already has its owner (a reused user folder) is refused, which is fine.
 */
async function claimOwner(baseUrl, { email, password, firstName = 'Crisis', lastName = 'Desk' }) {
	const response = await fetch(`${baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ email, password, firstName, lastName }),
	});
	if (response.ok) return;
	const text = await response.text();
	if (response.status === 400 && text.includes('already setup')) return;
	fail('Setting up the n8n owner', `n8n answered ${response.status}: ${text.slice(0, 300)}`);
}

/**
 * Starts `n8n start` on 127.0.0.1:port; resolves once /healthz/readiness answers, the owner (if given) can
 * log in and, unless expectPackage is false, n8n knows the package's node types. With progress, a line
 * every 10 s until then.
 */
async function startServer(
	version,
	userFolder,
	{
		port,
		extraEnv = {},
		output = 'inherit',
		logFile,
		owner,
		expectPackage = true,
		progress = false,
	},
) {
	const { nodeBin, n8nBin } = paths(version);
	const child = spawn(nodeBin, [n8nBin, 'start'], {
		env: n8nEnv(version, userFolder, { N8N_PORT: String(port), ...extraEnv }),
		stdio: ['ignore', output, output],
	});
	const stopHeartbeat = progress ? startHeartbeat(`Starting n8n on port ${port}`) : () => {};
	try {
		const baseUrl = `http://127.0.0.1:${port}`;
		await waitForReady(baseUrl, child, 180000, logFile);
		if (owner && !lineOf(version).ownerFromEnv) await claimOwner(baseUrl, owner);
		if (owner && expectPackage) await assertPackageLoaded(baseUrl, owner);
	} catch (error) {
		await stopServer(child);
		throw error;
	} finally {
		stopHeartbeat();
	}
	return child;
}

function stopServer(child, timeoutMs = 20000) {
	return new Promise((resolve) => {
		if (!child || child.exitCode !== null) return resolve();
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.once('exit', () => {
			clearTimeout(timer);
			resolve();
		});
		child.kill('SIGTERM');
	});
}

module.exports = { startServer, stopServer };
