#!/usr/bin/env node
'use strict';
// Writes the nodes' output schemas (nodes/outputSchemas/outputSchemaFiles.ts, compiled by tsc) as JSON beside
// the built node files, where n8n serves them to the editor's schema preview.
const fs = require('node:fs');
const path = require('node:path');

const built = path.resolve(__dirname, '..', 'dist', 'nodes');
const { outputSchemaFiles } = require(path.join(built, 'outputSchemas', 'outputSchemaFiles.js'));

for (const { path: relative, schema } of outputSchemaFiles) {
	const target = path.join(built, relative);
	fs.mkdirSync(path.dirname(target), { recursive: true });
	fs.writeFileSync(target, `${JSON.stringify(schema, null, '\t')}\n`);
}
process.stdout.write(`wrote ${outputSchemaFiles.length} output schemas\n`);
