'use strict';
const fs = require('node:fs');
const n8n = require('../../../scripts/local-n8n.cjs');
const { stopBusyCores } = require('./busyCores.cjs');

module.exports = async function globalTeardown() {
	stopBusyCores(globalThis.__crisisDeskBurners);
	await n8n.stopServer(globalThis.__crisisDeskN8n);
	if (!process.env.CRISIS_DESK_KEEP_E2E) {
		const state = JSON.parse(fs.readFileSync(require('node:path').join(n8n.PROJECT_ROOT, '.cache', 'e2e', 'instance.json'), 'utf8'));
		fs.rmSync(state.userFolder, { recursive: true, force: true });
	}
};
