#!/usr/bin/env node
'use strict';
// `npm start [-- --reset-templates] [-- --skip-build]`: build, provision a local n8n, load the package,
// bring in the templates (never over the user's edits), start on 127.0.0.1:N8N_PORT (5678 unless set).
const path = require('node:path');
const n8n = require('./local-n8n.cjs');
const { choosePorts } = require('./startup/ports.cjs');
const { syncTemplates } = require('./startup/syncTemplates.cjs');

const QUICK_START_ID = 'CrisisDeskQuickStart';
// The Quick Start's schedule, in a workflow of its own so that the Quick Start's main button runs Run Demo
// (n8n picks a schedule trigger over a manual one); n8n 2.x calls only a published sub-workflow.
const QUICK_START_SCHEDULE_ID = 'CrisisDeskQuickSched';
const USAGE = [
	'usage: npm start [-- --reset-templates] [-- --skip-build]',
	'  --reset-templates  import every template again, replacing the edits made to them in n8n',
	'  --skip-build       use the dist/ folder as it is (no npm run build)',
	'  environment: N8N_PORT (editor, 5678), N8N_RUNNERS_BROKER_PORT (task-runner broker; a free port unless set),',
	'               CRISIS_DESK_N8N_FOLDER (data folder, .n8n-local), CRISIS_DESK_OWNER_EMAIL, CRISIS_DESK_OWNER_PASSWORD',
].join('\n');

function readFlags(argv) {
	const flags = { resetTemplates: false, skipBuild: false };
	for (const argument of argv) {
		if (argument === '--reset-templates') flags.resetTemplates = true;
		else if (argument === '--skip-build') flags.skipBuild = true;
		else if (argument === '--help' || argument === '-h') return { help: true };
		else throw new Error(`unknown argument ${argument}\n${USAGE}`);
	}
	return flags;
}

async function main() {
	const flags = readFlags(process.argv.slice(2));
	if (flags.help) {
		process.stdout.write(`${USAGE}\n`);
		return;
	}
	// Before anything slow: a busy port is said at once, not after minutes of build and import.
	const ports = await choosePorts(process.env);
	const userFolder = path.resolve(
		process.env.CRISIS_DESK_N8N_FOLDER || path.join(n8n.PROJECT_ROOT, '.n8n-local'),
	);
	const email = process.env.CRISIS_DESK_OWNER_EMAIL || 'owner@crisis-desk.local';
	const password = process.env.CRISIS_DESK_OWNER_PASSWORD || 'CrisisDesk-2026';

	n8n.provision();
	const tarball = n8n.buildAndPack({ skipBuild: flags.skipBuild });
	n8n.installPackage(userFolder, tarball);
	const owner = n8n.ownerEnv({ email, password });
	// CLI commands open a task-runner broker of their own: a free port, not the server's.
	const cliEnv = { ...owner, N8N_RUNNERS_BROKER_PORT: String(await n8n.freePort()) };
	const { published } = syncTemplates(n8n, userFolder, {
		dir: n8n.templatesDir(),
		reset: flags.resetTemplates,
		publishWhenNew: [QUICK_START_ID, QUICK_START_SCHEDULE_ID],
		cliEnv,
	});

	n8n.log(
		`starting n8n on http://127.0.0.1:${ports.editor} (task-runner broker on port ${ports.broker}; data in ${userFolder}) …`,
	);
	const child = await n8n.startServer(userFolder, {
		port: ports.editor,
		extraEnv: { ...owner, N8N_RUNNERS_BROKER_PORT: String(ports.broker) },
		owner: { email, password },
		progress: true,
	});
	const quickStart =
		published.has(QUICK_START_ID) && published.has(QUICK_START_SCHEDULE_ID)
			? '"Crisis Desk: Quick Start" is published and runs every 10 minutes ("Crisis Desk: Quick Start schedule").'
			: '"Crisis Desk: Quick Start" does not run on its schedule: publish it and "Crisis Desk: Quick Start schedule" in the editor.';
	const banner = [
		'',
		`  Crisis Desk is running in n8n: http://127.0.0.1:${ports.editor}`,
		`  Log in as ${email} / ${password}`,
		`  ${quickStart}`,
		`  Ports on 127.0.0.1: ${ports.editor} editor and API (N8N_PORT), ${ports.broker} task-runner broker (N8N_RUNNERS_BROKER_PORT${ports.brokerPicked ? ', picked free' : ''}).`,
		`  Data: ${userFolder}`,
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
