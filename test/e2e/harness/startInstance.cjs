'use strict';
// A real n8n of one tested version for e2e tests: its own user folder and its own loopback ports (editor and
// both task-runner brokers, the server's and the one CLI commands beside it use), so instances of several
// versions run side by side. Shared by the suite-wide instance (globalSetup) and suites that start their own.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const local = require('../../../scripts/local-n8n.cjs');

const OWNER = { email: 'owner@e2e.crisis-desk.local', password: 'E2e-Crisis-Desk-1' };

/**
 * Provisions `version` (cached), prepares a fresh user folder and starts `n8n start` in it.
 * - tarball: the packed package, installed under .n8n/nodes before the start (and checked to be loaded);
 *   without it n8n starts with no community package, as a new user's does.
 * - importTemplates / publish: the templates imported with the CLI, and the workflow ids published.
 * - serverEnv: extra environment of the server only (not of the CLI commands run before it).
 * - beforeStart(userFolder): prepares files in the user folder before the server starts.
 * Returns the running child and the instance's description (what test files read).
 */
async function startInstance({
	version = local.N8N_VERSION,
	tarball,
	importTemplates = true,
	publish = [],
	serverEnv = {},
	beforeStart,
	label = 'e2e',
} = {}) {
	const started = Date.now();
	const n8n = local.forVersion(version);
	n8n.provision();
	// Left in place when the start fails: its n8n-server.log says why.
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), `crisis-desk-${label}-`));
	if (tarball) n8n.installPackage(userFolder, tarball);
	const ownerEnv = n8n.ownerEnv(OWNER);
	const cliBrokerPort = await local.freePort();
	const cliEnv = { ...ownerEnv, N8N_RUNNERS_BROKER_PORT: String(cliBrokerPort) };
	const templates = importTemplates ? n8n.importWorkflows(userFolder, undefined, cliEnv) : [];
	for (const id of publish) n8n.publishWorkflow(userFolder, id, cliEnv);
	if (beforeStart) beforeStart(userFolder);

	const port = await local.freePort();
	const brokerPort = await local.freePort();
	const logFile = path.join(userFolder, 'n8n-server.log');
	const output = fs.openSync(logFile, 'a');
	let child;
	try {
		child = await n8n.startServer(userFolder, {
			port,
			extraEnv: { ...ownerEnv, N8N_RUNNERS_BROKER_PORT: String(brokerPort), ...serverEnv },
			output,
			logFile,
			owner: OWNER,
			expectPackage: Boolean(tarball),
		});
	} finally {
		// The server holds its own copy of the descriptor.
		fs.closeSync(output);
	}
	const instance = {
		version,
		port,
		cliBrokerPort,
		userFolder,
		owner: OWNER,
		ownerEnv,
		logFile,
		templates: templates.map((template) => ({ id: template.id, name: template.name })),
	};
	local.log(
		`n8n ${version} (${label}) ready on 127.0.0.1:${port} in ${Math.round((Date.now() - started) / 1000)} s (log: ${logFile})`,
	);
	return { child, instance };
}

/** Stops the server and removes its user folder (kept when CRISIS_DESK_KEEP_E2E is set, for its log). */
async function stopInstance(child, instance) {
	await local.stopServer(child);
	if (instance && !process.env.CRISIS_DESK_KEEP_E2E)
		fs.rmSync(instance.userFolder, { recursive: true, force: true });
}

module.exports = { startInstance, stopInstance };
