'use strict';
// One real n8n for the whole e2e suite: the packed package installed under .n8n/nodes (real type names),
// every template imported, the webhook and trigger templates published, started on a loopback port.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const n8n = require('../../../scripts/local-n8n.cjs');
const { startBusyCores, stopBusyCores } = require('./busyCores.cjs');

const STATE_FILE = path.join(n8n.PROJECT_ROOT, '.cache', 'e2e', 'instance.json');
const PUBLISHED = ['CrisisDeskIntake'];

module.exports = async function globalSetup() {
	const burners = startBusyCores();
	globalThis.__crisisDeskBurners = burners;
	if (burners.length > 0) n8n.log(`keeping ${burners.length} core(s) busy for the whole run (CRISIS_DESK_BUSY_CORES)`);
	try {
		await startN8n();
	} catch (error) {
		stopBusyCores(burners);
		throw error;
	}
};

async function startN8n() {
	const started = Date.now();
	n8n.provision();
	const tarball = n8n.buildAndPack({ skipBuild: fs.existsSync(path.join(n8n.PROJECT_ROOT, 'dist')) });
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-desk-e2e-'));
	n8n.installPackage(userFolder, tarball);
	const owner = { email: 'owner@e2e.crisis-desk.local', password: 'E2e-Crisis-Desk-1' };
	const ownerEnv = n8n.ownerEnv(owner);
	const templates = n8n.importWorkflows(userFolder, undefined, ownerEnv);
	for (const id of PUBLISHED) n8n.publishWorkflow(userFolder, id, ownerEnv);

	const port = await n8n.freePort();
	const brokerPort = await n8n.freePort();
	const cliBrokerPort = await n8n.freePort();
	const logFile = path.join(userFolder, 'n8n-server.log');
	const output = fs.openSync(logFile, 'a');
	const child = await n8n.startServer(userFolder, {
		port,
		extraEnv: { ...ownerEnv, N8N_RUNNERS_BROKER_PORT: String(brokerPort) },
		output,
		logFile,
		owner,
	});
	globalThis.__crisisDeskN8n = child;
	fs.mkdirSync(path.dirname(STATE_FILE), { recursive: true });
	fs.writeFileSync(
		STATE_FILE,
		JSON.stringify({ port, cliBrokerPort, userFolder, owner, ownerEnv, logFile, templates: templates.map((t) => ({ id: t.id, name: t.name })) }),
	);
	n8n.log(`e2e n8n ready on 127.0.0.1:${port} in ${Math.round((Date.now() - started) / 1000)} s (log: ${logFile})`);
}
