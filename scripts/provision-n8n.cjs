#!/usr/bin/env node
'use strict';
const { provision, log } = require('./local-n8n.cjs');

try {
	const { n8nBin, nodeBin } = provision();
	log(`n8n: ${n8nBin}`);
	log(`node: ${nodeBin}`);
} catch (error) {
	log(error.message);
	process.exit(1);
}
