'use strict';
// The package as npm publishes it: built and packed, then installed where n8n finds community packages.
const fs = require('node:fs');
const path = require('node:path');
const { PROJECT_ROOT } = require('./installPaths.cjs');
const { nodeEnv } = require('./npmEnv.cjs');
const { fail, run } = require('./steps.cjs');

/** Builds the package and packs it the way npm publishes it; returns the tarball path. */
function buildAndPack({ skipBuild = false } = {}) {
	if (!skipBuild) {
		run(
			'Building the package (tsc + icons)',
			'npm',
			['run', '--silent', 'build'],
			{ cwd: PROJECT_ROOT },
			'Fix the TypeScript errors above, then try again.',
		);
	}
	const outDir = path.join(PROJECT_ROOT, '.cache', 'pack');
	fs.rmSync(outDir, { recursive: true, force: true });
	fs.mkdirSync(outDir, { recursive: true });
	run(
		'Packing the package (npm pack)',
		'npm',
		['pack', '--silent', '--pack-destination', outDir],
		{ cwd: PROJECT_ROOT },
		'Check package.json "files" and that `npm run build` produced dist/.',
	);
	const tarball = fs.readdirSync(outDir).find((f) => f.endsWith('.tgz'));
	if (!tarball) fail('Packing', 'npm pack produced no tarball.');
	return path.join(outDir, tarball);
}

/** Installs the tarball where n8n looks for community packages: $N8N_USER_FOLDER/.n8n/nodes. */
function installPackage(version, userFolder, tarball) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	const manifest = path.join(nodesDir, 'package.json');
	if (!fs.existsSync(manifest)) {
		fs.writeFileSync(
			manifest,
			JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2),
		);
	}
	run(
		`Installing ${path.basename(tarball)} into ${nodesDir}`,
		'npm',
		[
			'install',
			tarball,
			'--omit=peer',
			'--omit=dev',
			'--ignore-scripts',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
		],
		{ cwd: nodesDir, env: nodeEnv(version) },
		'See the npm output above; the package has no runtime dependencies, so npm needs only the tarball.',
	);
}

module.exports = { buildAndPack, installPackage };
