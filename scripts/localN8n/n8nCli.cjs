'use strict';
// n8n's own command line on a user folder: any command, importing the templates, making a workflow live.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { explainImportFailure } = require('../startup/importFailure.cjs');
const { lineOf } = require('./n8nLines.cjs');
const { paths, templatesDir } = require('./installPaths.cjs');
const { n8nEnv } = require('./n8nEnv.cjs');
const { log, fail } = require('./steps.cjs');

function n8nCommand(version, userFolder, args, extraEnv = {}, { quiet = false } = {}) {
	const { nodeBin, n8nBin } = paths(version);
	const result = spawnSync(nodeBin, [n8nBin, ...args], {
		env: n8nEnv(version, userFolder, extraEnv),
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	if (result.status !== 0 && !quiet) {
		process.stderr.write(result.stdout ?? '');
		process.stderr.write(result.stderr ?? '');
	}
	return result;
}

/** Imports every template in one n8n run; each has a fixed id, so importing again updates it instead of duplicating. */
function importWorkflows(version, userFolder, dir = templatesDir(version), extraEnv = {}) {
	const files = fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort();
	const started = Date.now();
	const result = n8nCommand(
		version,
		userFolder,
		['import:workflow', '--separate', `--input=${dir}`],
		extraEnv,
	);
	if (result.status !== 0)
		fail(
			`Importing the templates in ${dir}`,
			explainImportFailure(`${result.stdout ?? ''}\n${result.stderr ?? ''}`),
		);
	log(
		`imported ${files.length} templates (${Math.round((Date.now() - started) / 1000)} s): ${files.join(', ')}`,
	);
	return files.map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
}

/** Makes a workflow live (published on 2.x, activated on 1.x) before the server starts. */
function publishWorkflow(version, userFolder, id, extraEnv = {}) {
	const result = n8nCommand(version, userFolder, lineOf(version).goLiveArgs(id), extraEnv);
	if (result.status !== 0) fail(`Publishing workflow ${id}`, 'See the n8n output above.');
	log(`published workflow ${id}`);
}

module.exports = { n8nCommand, importWorkflows, publishWorkflow };
