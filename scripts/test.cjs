#!/usr/bin/env node
'use strict';
// `npm test`: lint, type-check, build, unit + engine tests, n8n's scanner on the packed package, then e2e tests in a real n8n (provisioned and cached) and its editor in Chromium.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const n8n = require('./local-n8n.cjs');

const root = n8n.PROJECT_ROOT;
const reports = path.join(root, '.cache', 'jest');
const totals = { passed: 0, failed: 0 };
const timings = [];

function step(name, command, args, env = {}) {
	const started = Date.now();
	n8n.log(`▶ ${name}`);
	const result = spawnSync(command, args, {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ...env },
	});
	const seconds = Math.round((Date.now() - started) / 1000);
	timings.push(`${name}: ${seconds} s`);
	return result.status === 0;
}

function jest(project) {
	const report = path.join(reports, `${project}.json`);
	fs.rmSync(report, { force: true });
	const args = ['jest', '--selectProjects', project, '--json', `--outputFile=${report}`];
	if (project === 'e2e') args.push('--runInBand');
	const ok = step(`${project} tests`, 'npx', args);
	if (fs.existsSync(report)) {
		const summary = JSON.parse(fs.readFileSync(report, 'utf8'));
		totals.passed += summary.numPassedTests;
		totals.failed += summary.numFailedTests;
		if (summary.numTotalTests === 0) {
			n8n.log(`${project}: no tests ran`);
			return false;
		}
	}
	return ok;
}

function finish(ok) {
	n8n.log(`timings: ${timings.join(', ')}`);
	process.stdout.write(`tests: ${totals.passed} passed, ${totals.failed} failed\n`);
	process.exit(ok ? 0 : 1);
}

// `--quick` (npm run test:quick): the loop while working, without the soak runs, the package scan and n8n.
const quick = process.argv.includes('--quick');

fs.mkdirSync(reports, { recursive: true });
let ok = step('lint', 'npm', ['run', '--silent', 'lint']);
ok = step('type-check (sources and tests)', 'npm', ['run', '--silent', 'typecheck']) && ok;
if (!step('build', 'npm', ['run', '--silent', 'build'])) finish(false);
ok = jest('unit') && ok;
ok = jest('engine') && ok;
if (quick) finish(ok);
ok = jest('soak') && ok;
ok = jest('package') && ok;
try {
	for (const version of n8n.N8N_VERSIONS) n8n.forVersion(version).provision();
} catch (error) {
	n8n.log(error.message);
	finish(false);
}
// n8n 1.x's engine comes with its provisioned install.
ok = jest('engine-n8n1') && ok;
// The browser test of the editor (test/e2e/editor.test.ts) drives Debian's Chromium, installed here when missing.
ok =
	step('Chromium for the browser test', 'node', [path.join(__dirname, 'provision-chromium.cjs')]) &&
	ok;
ok = jest('e2e') && ok;
finish(ok);
