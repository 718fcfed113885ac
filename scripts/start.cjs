#!/usr/bin/env node
'use strict';
// `npm start`: build, provision a local n8n, load the package, import the templates, start on 127.0.0.1:5678.
const path = require('node:path');
const n8n = require('./local-n8n.cjs');

const QUICK_START_ID = 'CrisisDeskQuickStart';

async function main() {
	const port = Number(process.env.N8N_PORT || 5678);
	const userFolder = path.resolve(process.env.CRISIS_DESK_N8N_FOLDER || path.join(n8n.PROJECT_ROOT, '.n8n-local'));
	const email = process.env.CRISIS_DESK_OWNER_EMAIL || 'owner@crisis-desk.local';
	const password = process.env.CRISIS_DESK_OWNER_PASSWORD || 'CrisisDesk-2026';

	n8n.provision();
	const tarball = n8n.buildAndPack();
	n8n.installPackage(userFolder, tarball);
	const owner = n8n.ownerEnv({ email, password });
	n8n.importWorkflows(userFolder, undefined, owner);
	n8n.publishWorkflow(userFolder, QUICK_START_ID, owner);

	n8n.log(`starting n8n on http://127.0.0.1:${port} (data in ${userFolder}) …`);
	const child = await n8n.startServer(userFolder, { port, extraEnv: owner, owner: { email, password } });
	const banner = [
		'',
		`  Crisis Desk is running in n8n: http://127.0.0.1:${port}`,
		`  Log in as ${email} / ${password}`,
		`  Templates are imported; "Crisis Desk: Quick Start" is published and runs on its schedule.`,
		'  Press Ctrl-C to stop.',
		'',
	].join('\n');
	process.stdout.write(`${banner}\n`);

	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		n8n.log('stopping n8n …');
		await n8n.stopServer(child);
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	child.on('exit', (code) => {
		if (!stopping) {
			n8n.log(`n8n exited with code ${code}`);
			process.exit(code ?? 1);
		}
	});
}

main().catch((error) => {
	n8n.log(error.message);
	process.exit(1);
});
