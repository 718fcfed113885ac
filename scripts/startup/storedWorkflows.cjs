'use strict';
// The workflows in a local n8n's SQLite database, read before the server starts (no n8n CLI command lists
// versionIds without booting n8n, which takes 10–20 s). The read runs under n8n's own Node with n8n's own
// sqlite3 addon, which is built for that Node, not for the one running `npm start`.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

function databaseFile(userFolder) {
	return path.join(userFolder, '.n8n', 'database.sqlite');
}

// Read-only; prints [{ id, versionId, active, archived }] as JSON.
const READER = `
const sqlite3 = require(process.argv[1]);
const table = process.argv[3] + 'workflow_entity';
const db = new sqlite3.Database(process.argv[2], sqlite3.OPEN_READONLY, (openError) => {
	if (openError) { console.error(openError.message); process.exit(1); }
	db.all('PRAGMA table_info(' + JSON.stringify(table) + ')', (infoError, columns) => {
		if (infoError) { console.error(infoError.message); process.exit(1); }
		const names = new Set(columns.map((column) => column.name));
		const wanted = ['id', 'versionId', 'active', 'activeVersionId', 'isArchived'].filter((name) => names.has(name));
		db.all('SELECT ' + wanted.map((name) => JSON.stringify(name)).join(', ') + ' FROM ' + JSON.stringify(table), (selectError, rows) => {
			if (selectError) { console.error(selectError.message); process.exit(1); }
			process.stdout.write(JSON.stringify(rows.map((row) => ({
				id: row.id,
				versionId: row.versionId,
				active: row.activeVersionId !== undefined ? row.activeVersionId !== null : row.active === 1,
				archived: row.isArchived === 1,
			}))));
			db.close();
		});
	});
});
`;

/**
 * Map id → { versionId, active, archived } of the workflows in userFolder's n8n database, and whether
 * that database exists yet (n8n creates it on its first command).
 */
function readStoredWorkflows(n8n, userFolder) {
	const stored = new Map();
	const file = databaseFile(userFolder);
	if (!fs.existsSync(file)) return { stored, databaseExists: false };
	const { nodeBin, n8nHome } = n8n.paths();
	const result = spawnSync(
		nodeBin,
		[
			'-e',
			READER,
			path.join(n8nHome, 'node_modules', 'sqlite3'),
			file,
			process.env.DB_TABLE_PREFIX ?? '',
		],
		{
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	if (result.status !== 0) {
		throw new Error(
			`Reading the workflows in ${file} failed: ${(result.stderr || String(result.error ?? '')).trim().slice(0, 500)}`,
		);
	}
	for (const row of JSON.parse(result.stdout))
		stored.set(row.id, { versionId: row.versionId, active: row.active, archived: row.archived });
	return { stored, databaseExists: true };
}

module.exports = { readStoredWorkflows, databaseFile };
