'use strict';
// One real n8n for the whole e2e suite: the packed package installed under .n8n/nodes (real type names),
// every template imported, the webhook and trigger templates published, started on a loopback port.
const fs = require('node:fs');
const path = require('node:path');
const n8n = require('../../../scripts/local-n8n.cjs');
const { startBusyCores, stopBusyCores } = require('./busyCores.cjs');
const { startInstance } = require('./startInstance.cjs');

const STATE_FILE = path.join(n8n.PROJECT_ROOT, '.cache', 'e2e', 'instance.json');
const PUBLISHED = ['CrisisDeskIntake'];

module.exports = async function globalSetup() {
	const burners = startBusyCores();
	globalThis.__crisisDeskBurners = burners;
	if (burners.length > 0)
		n8n.log(`keeping ${burners.length} core(s) busy for the whole run (CRISIS_DESK_BUSY_CORES)`);
	try {
		await startN8n();
	} catch (error) {
		stopBusyCores(burners);
		throw error;
	}
};

async function startN8n() {
	n8n.provision();
	const tarball = n8n.buildAndPack({
		skipBuild: fs.existsSync(path.join(n8n.PROJECT_ROOT, 'dist')),
	});
	const { child, instance } = await startInstance({ tarball, publish: PUBLISHED });
	globalThis.__crisisDeskN8n = { child, instance };
	fs.mkdirSync(path.dirname(STATE_FILE), { recursive: true });
	fs.writeFileSync(STATE_FILE, JSON.stringify(instance));
}
