#!/usr/bin/env node
'use strict';
// Writes workflows/n8n-1.x/: the templates as n8n 1.x (1.123) runs them, generated from workflows/*.json.
// n8n 1.x has the Data Table node in version 1 only: row operations, the table picked from the list or by
// ID, no table operations (the 2.x templates create their cases table and find it by name). And 1.x
// activates a workflow where 2.x publishes it. `--check` only reports whether the files are up to date.
//   node scripts/n8n1-templates.cjs [--check]
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const SOURCE_DIR = path.join(ROOT, 'workflows');
const TARGET_DIR = path.join(SOURCE_DIR, 'n8n-1.x');
const DATA_TABLE = 'n8n-nodes-base.dataTable';
const STICKY_NOTE = 'n8n-nodes-base.stickyNote';

// 2.x wording in the sticky notes, and what 1.x calls it. A note still saying "publish" fails the generation.
const ACTIVATE_WORDING = [
	['Publish the workflow (n8n 1.x: activate it)', 'Activate the workflow'],
	['publish the workflow (n8n 1.x: activate it)', 'activate the workflow'],
	[', while both are published (n8n 1.x: activate the schedule)', ', while the schedule is active'],
	[
		'Publish both workflows (n8n 1.x: activate this one; the Quick Start need not be active): `npm start` publishes both.',
		'Activate this workflow (the Quick Start need not be active).',
	],
	['unpublish this workflow (n8n 1.x: deactivate it)', 'deactivate this workflow'],
	['Publish (n8n 1.x: activate)', 'Activate'],
	['only published runs keep', "only the active workflow's runs keep"],
];

function activateWording(text, where) {
	let result = text;
	for (const [published, activated] of ACTIVATE_WORDING)
		result = result.split(published).join(activated);
	if (result.toLowerCase().includes('publish')) {
		throw new Error(
			`${where} says "publish" in a way scripts/n8n1-templates.cjs does not know: add the phrase to ACTIVATE_WORDING.`,
		);
	}
	return result;
}

/** The cases table a `table/create` node makes: its name (from the Settings node) and columns. */
function tableToCreate(workflow, node) {
	const expression = String(node.parameters.tableName ?? '');
	const setting = expression.split('.json.')[1]?.split('}}')[0]?.trim();
	const settings = workflow.nodes.find((candidate) => candidate.name === 'Settings');
	const assignment = settings?.parameters.assignments?.assignments.find(
		(candidate) => candidate.name === setting,
	);
	if (!assignment)
		throw new Error(
			`${workflow.name}: "${node.name}" names its table by a Settings value this script cannot find (${expression}).`,
		);
	return {
		name: String(assignment.value),
		columns: node.parameters.columns.column.map((column) => column.name),
		expression,
	};
}

/** Drops a node, connecting what fed it straight to what it fed. */
function bypass(workflow, nodeName) {
	const next = workflow.connections[nodeName]?.main?.[0] ?? [];
	delete workflow.connections[nodeName];
	for (const outputs of Object.values(workflow.connections)) {
		for (const targets of outputs.main ?? []) {
			const at = targets.findIndex((target) => target.node === nodeName);
			if (at !== -1) targets.splice(at, 1, ...next);
		}
	}
	workflow.nodes = workflow.nodes.filter((node) => node.name !== nodeName);
}

function tableSetUpNote(table, pickers) {
	const columns = table.columns.map((column) => `\`${column}\``).join(', ');
	const where = pickers.map((name) => `**${name}**`).join(' and ');
	return (
		`\n\n**On n8n 1.x** the Data Table node can neither create a table nor find one by name: create the table ` +
		`\`${table.name}\` once (*Overview → Data tables*) with the text columns ${columns}, then choose it in ${where}.`
	);
}

/** The 1.x form of one template. */
function toN8n1Template(source) {
	const workflow = JSON.parse(JSON.stringify(source));
	const tables = workflow.nodes
		.filter((node) => node.type === DATA_TABLE && node.parameters.resource === 'table')
		.map((node) => {
			if (node.parameters.operation !== 'create') {
				throw new Error(
					`${workflow.name}: "${node.name}" uses the table operation ${node.parameters.operation}, which n8n 1.x does not have.`,
				);
			}
			return { node: node.name, ...tableToCreate(workflow, node) };
		});
	for (const table of tables) bypass(workflow, table.node);

	for (const node of workflow.nodes.filter((candidate) => candidate.type === DATA_TABLE)) {
		node.typeVersion = 1;
		const table = node.parameters.dataTableId;
		// By name is 2.x only: the user picks the table from the list once it exists.
		if (table?.mode === 'name')
			node.parameters.dataTableId = { __rl: true, mode: 'list', value: '' };
	}

	for (const note of workflow.nodes.filter((node) => node.type === STICKY_NOTE)) {
		note.parameters.content = activateWording(
			note.parameters.content,
			`${workflow.name}, note "${note.name}"`,
		);
	}
	if (tables.length > 0) {
		const readMe = workflow.nodes.find((node) => node.name === 'Read Me');
		if (!readMe)
			throw new Error(
				`${workflow.name}: no "Read Me" note to explain the table set-up on n8n 1.x.`,
			);
		for (const table of tables) {
			const pickers = workflow.nodes
				.filter(
					(node) =>
						node.type === DATA_TABLE &&
						JSON.stringify(
							source.nodes.find((s) => s.name === node.name)?.parameters.dataTableId ?? '',
						).includes(table.expression),
				)
				.map((node) => node.name);
			readMe.parameters.content += tableSetUpNote(table, pickers);
		}
	}
	return workflow;
}

function templateFiles() {
	return fs
		.readdirSync(SOURCE_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort();
}

const asText = (workflow) => `${JSON.stringify(workflow, null, '\t')}\n`;

/** Every 1.x template as it should be on disk, by file name. */
function expectedTemplates() {
	return new Map(
		templateFiles().map((file) => [
			file,
			asText(toN8n1Template(JSON.parse(fs.readFileSync(path.join(SOURCE_DIR, file), 'utf8')))),
		]),
	);
}

module.exports = { toN8n1Template, expectedTemplates, TARGET_DIR };

if (require.main === module) {
	const expected = expectedTemplates();
	if (process.argv.includes('--check')) {
		const present = fs.existsSync(TARGET_DIR)
			? fs.readdirSync(TARGET_DIR).filter((file) => file.endsWith('.json'))
			: [];
		const stale = [...expected].filter(
			([file, text]) =>
				!present.includes(file) || fs.readFileSync(path.join(TARGET_DIR, file), 'utf8') !== text,
		);
		const orphans = present.filter((file) => !expected.has(file));
		if (stale.length + orphans.length > 0) {
			process.stderr.write(
				`workflows/n8n-1.x is out of date (${[...stale.map(([file]) => file), ...orphans].join(', ')}): run node scripts/n8n1-templates.cjs\n`,
			);
			process.exit(1);
		}
		process.stdout.write(`workflows/n8n-1.x: ${expected.size} templates up to date\n`);
	} else {
		fs.rmSync(TARGET_DIR, { recursive: true, force: true });
		fs.mkdirSync(TARGET_DIR, { recursive: true });
		for (const [file, text] of expected) fs.writeFileSync(path.join(TARGET_DIR, file), text);
		process.stdout.write(
			`wrote ${expected.size} n8n 1.x templates to ${path.relative(process.cwd(), TARGET_DIR)}\n`,
		);
	}
}
