'use strict';
// Brings the templates into a local n8n by the rule in templatePlan.cjs, so that `npm start` never
// overwrites a workflow the user edited, and a start that stopped half-way leaves a folder the next
// start can use.
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startHeartbeat } = require('./heartbeat.cjs');
const { explainImportFailure } = require('./importFailure.cjs');
const { readStoredWorkflows } = require('./storedWorkflows.cjs');
const { describeTemplate, planTemplates } = require('./templatePlan.cjs');
const { readRecord, writeRecord } = require('./templateRecord.cjs');

/** The templates in dir: id and name from each file, and the hash of its text. */
function readTemplates(dir) {
	return fs
		.readdirSync(dir)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => {
			const text = fs.readFileSync(path.join(dir, file), 'utf8');
			let workflow;
			try {
				workflow = JSON.parse(text);
			} catch (error) {
				throw new Error(`Template ${path.join(dir, file)} is not valid JSON: ${error.message}`);
			}
			if (typeof workflow.id !== 'string' || workflow.id === '')
				throw new Error(
					`Template ${path.join(dir, file)} has no "id": npm start needs one to find it in n8n again.`,
				);
			return {
				id: workflow.id,
				name: String(workflow.name ?? file),
				file,
				hash: crypto.createHash('sha256').update(text).digest('hex'),
			};
		});
}

/** Runs one n8n CLI command with progress lines; throws with `explain(output)` when it fails. */
function cli(n8n, userFolder, label, args, cliEnv, explain) {
	n8n.log(`${label} …`);
	const stop = startHeartbeat(label);
	let result;
	try {
		result = n8n.n8nCommand(userFolder, args, cliEnv);
	} finally {
		stop();
	}
	if (result.status !== 0)
		throw new Error(
			`${label} failed. ${explain(`${result.stdout ?? ''}\n${result.stderr ?? ''}`)}`,
		);
}

/**
 * Imports what the plan says, printing one line per template. `cliEnv` is the CLI commands' environment
 * (owner, a free task-runner broker port). Returns the plan and which of the templates are published.
 */
function syncTemplates(n8n, userFolder, { dir, reset = false, publishWhenNew = [], cliEnv }) {
	const templates = readTemplates(dir);
	const { stored, databaseExists } = readStoredWorkflows(n8n, userFolder);
	// A record without its database (deleted to start over) describes workflows that are gone.
	const record = databaseExists ? readRecord(userFolder) : new Map();
	const plan = planTemplates({
		templates,
		stored,
		record,
		reset,
		publishWhenNew: new Set(publishWhenNew),
	});
	const toImport = plan.filter((entry) => entry.import);
	const explainCli = (output) => `See n8n's output above. ${explainImportFailure(output)}`;

	if (toImport.length > 0) {
		for (const entry of toImport.filter((candidate) => candidate.unpublishBefore)) {
			cli(
				n8n,
				userFolder,
				`Unpublishing ${entry.file} before importing it again`,
				['unpublish:workflow', `--id=${entry.id}`],
				cliEnv,
				explainCli,
			);
		}
		// Marked unfinished first: if this start stops during the import, the next one imports them again.
		for (const entry of toImport)
			record.set(entry.id, { file: entry.file, hash: entry.hash, versionId: null });
		writeRecord(userFolder, record);

		const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-desk-import-'));
		try {
			for (const entry of toImport)
				fs.copyFileSync(path.join(dir, entry.file), path.join(staging, entry.file));
			cli(
				n8n,
				userFolder,
				`Importing ${toImport.length} of ${templates.length} templates`,
				['import:workflow', '--separate', `--input=${staging}`],
				cliEnv,
				(output) =>
					`${explainImportFailure(output)} Nothing was lost: run npm start again; templates it did not finish are imported again.`,
			);
		} finally {
			fs.rmSync(staging, { recursive: true, force: true });
		}
		for (const entry of toImport.filter((candidate) => candidate.publishAfter)) {
			cli(
				n8n,
				userFolder,
				`Publishing ${entry.file}`,
				['publish:workflow', `--id=${entry.id}`],
				cliEnv,
				explainCli,
			);
		}
		const { stored: imported } = readStoredWorkflows(n8n, userFolder);
		for (const entry of toImport)
			record.set(entry.id, {
				file: entry.file,
				hash: entry.hash,
				versionId: imported.get(entry.id)?.versionId ?? null,
			});
		writeRecord(userFolder, record);
		for (const [id, workflow] of imported) stored.set(id, workflow);
	}

	n8n.log(`templates from ${dir}:`);
	for (const entry of plan) n8n.log(`  ${describeTemplate(entry)}`);
	return {
		plan,
		published: new Set(
			templates
				.filter((template) => stored.get(template.id)?.active)
				.map((template) => template.id),
		),
	};
}

module.exports = { syncTemplates, readTemplates };
