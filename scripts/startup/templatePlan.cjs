'use strict';
// Which templates `npm start` imports into n8n, and the one line it prints for each. A template is
// imported when it is new, or when its file changed and nobody edited the workflow in n8n since the last
// import (n8n gives a workflow a new versionId on every save), or when the user asks with
// --reset-templates; anything the user changed in n8n is kept.

const RESET_HINT = 'run with --reset-templates to replace';

/**
 * - templates: [{ id, name, file, hash }] from the templates folder (hash: of the file's text);
 * - stored: Map id → { versionId, active, archived } of the workflows in n8n's database;
 * - record: Map id → { hash, versionId } of the last import (versionId null: that import did not finish);
 * - reset: --reset-templates;
 * - publishWhenNew: ids published when imported for the first time.
 * Returns one entry per template: status (imported, updated, replaced, kept, up to date), note, whether to
 * import it, and whether it must be unpublished before (n8n's import would otherwise unpublish it itself,
 * which a database that never finished an `n8n start` refuses) and published after the import.
 */
function planTemplates({ templates, stored, record, reset = false, publishWhenNew = new Set() }) {
	return templates.map((template) => {
		const inN8n = stored.get(template.id);
		const last = record.get(template.id);
		const wasActive = Boolean(inN8n?.active);
		const importIt = (status, note, publishAfter = wasActive) => ({
			...template,
			status,
			note,
			import: true,
			unpublishBefore: wasActive,
			publishAfter,
		});
		const leave = (status, note) => ({
			...template,
			status,
			note,
			import: false,
			unpublishBefore: false,
			publishAfter: false,
		});

		if (reset && inN8n) return importIt('replaced', 'by the file, as asked with --reset-templates');
		if (reset) return importIt('imported', 'new in n8n', publishWhenNew.has(template.id));
		if (!inN8n) {
			if (last && last.versionId)
				return leave('kept', 'deleted in n8n; run with --reset-templates to import it again');
			return importIt('imported', 'new in n8n', publishWhenNew.has(template.id));
		}
		if (!last)
			return leave(
				'kept',
				`already in n8n from before npm start kept track of its imports; ${RESET_HINT}`,
			);
		if (!last.versionId) {
			return importIt(
				'imported',
				'again: the previous start stopped during the import',
				wasActive || publishWhenNew.has(template.id),
			);
		}
		if (inN8n.archived) return leave('kept', `archived in n8n; ${RESET_HINT}`);
		if (inN8n.versionId !== last.versionId) return leave('kept', `edited in n8n; ${RESET_HINT}`);
		if (last.hash !== template.hash)
			return importIt('updated', 'the file changed; not edited in n8n');
		return leave('up to date', '');
	});
}

/** The line printed for one template, e.g. "kept       01-quick-start.json (edited in n8n; …)". */
function describeTemplate(entry) {
	const note = entry.note ? ` (${entry.note})` : '';
	return `${entry.status.padEnd(10)} ${entry.file}${note}`;
}

module.exports = { planTemplates, describeTemplate };
