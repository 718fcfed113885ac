#!/usr/bin/env node
'use strict';
// `npm run load:n8n`: the Quick Start template in a real n8n with a week of demo mentions (~10,000):
// wall time and the n8n process's peak RSS. Prints progress on stderr and one JSON line on stdout.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const n8n = require('./local-n8n.cjs');

const MENTIONS = Number(process.env.CRISIS_DESK_LOAD_MENTIONS || 10000);

function peakRssKb(pid) {
	try {
		const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
		return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
	} catch {
		return 0;
	}
}

async function main() {
	n8n.provision();
	const tarball = n8n.buildAndPack();
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-desk-load-'));
	try {
		n8n.installPackage(userFolder, tarball);
		const template = JSON.parse(
			fs.readFileSync(path.join(n8n.PROJECT_ROOT, 'workflows', '01-quick-start.json'), 'utf8'),
		);
		const fetchNode = template.nodes.find(
			(node) => node.type === 'n8n-nodes-crisis-desk.mentionFetch',
		);
		fetchNode.parameters = { ...fetchNode.parameters, sinceHours: 24 * 7, limit: MENTIONS };
		const dir = path.join(userFolder, 'workflows');
		fs.mkdirSync(dir);
		fs.writeFileSync(path.join(dir, 'quick-start.json'), JSON.stringify(template));
		const owner = n8n.ownerEnv({ email: 'load@crisis-desk.local', password: 'Load-Crisis-Desk-1' });
		n8n.importWorkflows(userFolder, dir, owner);

		n8n.log(`running the Quick Start over up to ${MENTIONS} demo mentions with n8n execute …`);
		const { nodeBin, n8nBin } = n8n.paths();
		const started = Date.now();
		const child = spawn(nodeBin, [n8nBin, 'execute', `--id=${template.id}`, '--rawOutput'], {
			env: n8n.n8nEnv(userFolder, {
				...owner,
				N8N_RUNNERS_BROKER_PORT: String(await n8n.freePort()),
			}),
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		const chunks = [];
		let peak = 0;
		child.stdout.on('data', (chunk) => chunks.push(chunk));
		const sampler = setInterval(() => (peak = Math.max(peak, peakRssKb(child.pid))), 100);
		const code = await new Promise((resolve) => child.on('exit', resolve));
		clearInterval(sampler);
		const wallSeconds = (Date.now() - started) / 1000;
		if (code !== 0) throw new Error(`n8n execute exited with ${code}`);
		const stdout = Buffer.concat(chunks).toString('utf8');
		const start = stdout.search(/^\{$/m);
		const end = stdout.lastIndexOf('\n}');
		const run = JSON.parse(stdout.slice(start, end + 2));
		const runData = run.data.resultData.runData;
		const fetched = runData[fetchNode.name][0].data.main[0].length;
		const scoreNode = template.nodes.find(
			(node) => node.type === 'n8n-nodes-crisis-desk.crisisScore',
		);
		const levels = runData[scoreNode.name][0].data.main.map((items) => items.length);
		const result = {
			mentions: fetched,
			byLevel: { critical: levels[0], high: levels[1], medium: levels[2], low: levels[3] },
			wallSeconds,
			peakRssMb: Math.round(peak / 1024),
		};
		n8n.log(
			`${fetched} mentions scored in ${wallSeconds.toFixed(1)} s (whole n8n execute, start-up included); peak RSS ${result.peakRssMb} MB`,
		);
		process.stdout.write(`${JSON.stringify(result)}\n`);
	} finally {
		fs.rmSync(userFolder, { recursive: true, force: true });
	}
}

main().catch((error) => {
	n8n.log(error.message);
	process.exit(1);
});
