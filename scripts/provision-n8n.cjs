#!/usr/bin/env node
'use strict';
// `npm run n8n:provision [version …]`: every tested n8n line, or only the versions named.
const local = require('./local-n8n.cjs');

const versions = process.argv.slice(2).length > 0 ? process.argv.slice(2) : local.N8N_VERSIONS;
try {
	for (const version of versions) {
		const { n8nBin, nodeBin } = local.forVersion(version).provision();
		local.log(`n8n ${version}: ${n8nBin}`);
		local.log(`node: ${nodeBin}`);
	}
} catch (error) {
	local.log(error.message);
	process.exit(1);
}
