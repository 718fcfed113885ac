#!/usr/bin/env node
'use strict';
// Replaces each node and credential entry that tsc wrote to dist/ with one self-contained CommonJS file,
// so the published package has no runtime dependencies: n8n installs community packages without them
// (and n8n Cloud refuses them). Only what n8n itself provides to community nodes stays outside:
// n8n-workflow and luxon (allowed by n8n's community-package scanner, resolved from n8n's own modules).
const esbuild = require('esbuild');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const PROVIDED_BY_N8N = ['n8n-workflow', 'luxon'];

const { n8n } = require(path.join(root, 'package.json'));
const entryPoints = [...n8n.nodes, ...n8n.credentials].map((built) =>
	path.join(root, built.replace(/^dist\//, '').replace(/\.js$/, '.ts')),
);

esbuild
	.build({
		entryPoints,
		outdir: path.join(root, 'dist'),
		outbase: root,
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		external: PROVIDED_BY_N8N,
		// n8n finds a node's class by the file's name; keep class names as written.
		keepNames: true,
		sourcemap: true,
		logLevel: 'warning',
	})
	.then(() =>
		process.stdout.write(
			`bundled ${entryPoints.length} entries (external: ${PROVIDED_BY_N8N.join(', ')})\n`,
		),
	)
	.catch(() => {
		process.stderr.write(
			'Bundling failed (see above): fix the reported import and run npm run build again.\n',
		);
		process.exit(1);
	});
