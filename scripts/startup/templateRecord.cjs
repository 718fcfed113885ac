'use strict';
// What `npm start` last imported into one n8n data folder: per template id, the hash of the file it
// imported and the versionId n8n gave the workflow then (null while that import has not finished).
const fs = require('node:fs');
const path = require('node:path');

const RECORD_FILE = 'crisis-desk-templates.json';

function recordPath(userFolder) {
	return path.join(userFolder, RECORD_FILE);
}

/** The record as a Map; an unreadable record counts as none (so every template already in n8n is kept). */
function readRecord(userFolder) {
	const record = new Map();
	let parsed;
	try {
		parsed = JSON.parse(fs.readFileSync(recordPath(userFolder), 'utf8'));
	} catch {
		return record;
	}
	const templates =
		parsed && typeof parsed.templates === 'object' && parsed.templates !== null
			? parsed.templates
			: {};
	for (const [id, entry] of Object.entries(templates)) {
		if (!entry || typeof entry.hash !== 'string') continue;
		record.set(id, {
			file: String(entry.file ?? ''),
			hash: entry.hash,
			versionId: typeof entry.versionId === 'string' ? entry.versionId : null,
		});
	}
	return record;
}

/** Writes the record whole (temporary file, then rename), so a stop half-way leaves the previous one. */
function writeRecord(userFolder, record) {
	const templates = Object.create(null);
	for (const [id, entry] of [...record.entries()].sort(([a], [b]) => a.localeCompare(b)))
		templates[id] = entry;
	const body = {
		about:
			'Written by npm start (scripts/start.cjs): the templates it imported into this n8n, to keep edits made in n8n.',
		templates,
	};
	const target = recordPath(userFolder);
	const temporary = `${target}.${process.pid}.tmp`;
	fs.mkdirSync(userFolder, { recursive: true });
	fs.writeFileSync(temporary, `${JSON.stringify(body, null, 2)}\n`);
	fs.renameSync(temporary, target);
}

module.exports = { readRecord, writeRecord, recordPath };
