'use strict';
// The n8n lines the package is tested on and what each needs to be installed and run.
const path = require('node:path');

/**
 * The n8n lines the package is tested on, each with the Node major it runs on, the native modules built
 * for that Node (n8n is installed with install scripts off, so npm builds nothing by itself), npm
 * overrides its install needs, whether it creates the owner from N8N_INSTANCE_OWNER_* (2.x) or the owner
 * is claimed through the setup call (1.x), its CLI command that makes a workflow live, the templates its
 * users import (scripts/n8n1-templates.cjs makes the 1.x ones), and environment only that line knows.
 */
const N8N_LINES = {
	'2.41.1': {
		nodeMajor: '24',
		nativeModules: ['sqlite3', 'isolated-vm'],
		overrides: {},
		ownerFromEnv: true,
		goLiveArgs: (id) => ['publish:workflow', `--id=${id}`],
		templatesDir: 'workflows',
		// About what npm's unpacking writes to disk (2.9 GB of node_modules, tarballs into npm's cache).
		installBytes: 3.1e9,
		// The MCP server registry module refreshes its list from outside; 1.x has no such module and refuses the name.
		env: { N8N_DISABLED_MODULES: 'mcp-registry' },
	},
	'1.123.81': {
		nodeMajor: '24',
		nativeModules: ['sqlite3'],
		// n8n-nodes-base 1.x takes SheetJS from the vendor's own server, not from the npm registry; 2.x
		// switched to @e965/xlsx, the same library published on npm, and so does this install.
		overrides: { xlsx: 'npm:@e965/xlsx@0.20.3' },
		ownerFromEnv: false,
		// 1.x has no publishing: a workflow is activated.
		goLiveArgs: (id) => ['update:workflow', `--id=${id}`, '--active=true'],
		templatesDir: path.join('workflows', 'n8n-1.x'),
		installBytes: 1.9e9,
		env: {},
	},
};
/** The line `npm start`, the queue-mode test and the shared e2e instance run. */
const N8N_VERSION = '2.41.1';

function lineOf(version) {
	const line = N8N_LINES[version];
	if (!line)
		throw new Error(
			`n8n ${version} is not provisioned here; known: ${Object.keys(N8N_LINES).join(', ')}.`,
		);
	return line;
}

module.exports = { N8N_LINES, N8N_VERSION, lineOf };
