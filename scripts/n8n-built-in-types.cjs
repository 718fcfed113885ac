#!/usr/bin/env node
'use strict';
// Writes test/package/fixtures/n8nBuiltInTypes.json: the credential and node type names n8n itself ships, and
// each node type's versions per n8n version
// (n8n-nodes-base and @n8n/n8n-nodes-langchain), read from the types lists n8n's own loader reads, of each
// n8n installation named on the command line (e.g. the provisioned ones in ~/.cache/n8n-nodes-crisis-desk).
// The package tests compare the package's own type names against it without needing n8n installed.
//   node scripts/n8n-built-in-types.cjs ~/.cache/n8n-nodes-crisis-desk/n8n-2.41.1 ~/.cache/n8n-nodes-crisis-desk/n8n-1.123.81
const fs = require('node:fs');
const path = require('node:path');

const BUILT_IN_PACKAGES = ['n8n-nodes-base', '@n8n/n8n-nodes-langchain'];
const target = path.resolve(__dirname, '..', 'test', 'package', 'fixtures', 'n8nBuiltInTypes.json');

function readTypes(installation, packageName, kind) {
	const file = path.join(
		installation,
		'node_modules',
		packageName,
		'dist',
		'types',
		`${kind}.json`,
	);
	return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const installations = process.argv.slice(2);
if (installations.length === 0) {
	process.stderr.write('Name one or more n8n installation folders (each with node_modules/n8n).\n');
	process.exit(1);
}

const versions = [];
const credentials = new Set();
const nodes = new Set();
/** Per n8n version, the versions of each node type it has (templates may use only those). */
const nodeVersions = {};
for (const installation of installations) {
	const version = JSON.parse(
		fs.readFileSync(path.join(installation, 'node_modules', 'n8n', 'package.json'), 'utf8'),
	).version;
	versions.push(version);
	const typeVersions = new Map();
	for (const packageName of BUILT_IN_PACKAGES) {
		for (const type of readTypes(installation, packageName, 'credentials'))
			credentials.add(type.name);
		for (const type of readTypes(installation, packageName, 'nodes')) {
			// n8n keys a node type by its package: n8n-nodes-base.httpRequest.
			const name = `${packageName}.${type.name}`;
			nodes.add(name);
			typeVersions.set(
				name,
				[...new Set([...(typeVersions.get(name) ?? []), ...[type.version].flat()])].sort(
					(a, b) => a - b,
				),
			);
		}
	}
	nodeVersions[version] = Object.fromEntries(
		[...typeVersions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
	);
}

const sorted = (names) => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(
	target,
	// Version lists on one line each: [1, 1.1].
	`${JSON.stringify({ n8nVersions: versions, credentials: sorted(credentials), nodes: sorted(nodes), nodeVersions }, null, '\t').replace(/\[\s+([\d.,\s]+?)\s+\]/g, (_list, numbers) => `[${numbers.split(/,\s+/).join(', ')}]`)}\n`,
);
process.stdout.write(
	`${credentials.size} credential and ${nodes.size} node type names from n8n ${versions.join(', ')} → ${path.relative(process.cwd(), target)}\n`,
);
