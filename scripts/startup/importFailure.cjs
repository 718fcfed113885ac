'use strict';
// Why `n8n import:workflow` failed, from what it printed: the hint names the cause n8n gave instead of
// guessing one.

/** Known causes: a phrase of n8n's message, and what it means for the user. */
const KNOWN_CAUSES = [
	{
		phrase: 'do not have permission to deactivate',
		hint:
			'n8n unpublishes an already published workflow before it imports it again, and refused: in a data ' +
			'folder where `n8n start` has never finished starting, the owner has no permissions yet. ' +
			'Unpublish the workflow first (n8n unpublish:workflow --id=<id>), or let `npm start` import (it does so).',
	},
	{ phrase: 'in JSON at position', hint: 'a template file is not valid JSON.' },
	{ phrase: 'is not valid JSON', hint: 'a template file is not valid JSON.' },
	{
		phrase: 'already owned by',
		hint: 'a workflow with the same id belongs to another user or project in this n8n.',
	},
];

/** The first line of n8n's output that states an error, without n8n's generic "see log messages" line. */
function firstErrorLine(output) {
	const lines = String(output ?? '')
		.split('\n')
		.map((line) => line.trim())
		.filter(
			(line) => line.length > 0 && !line.startsWith('An error occurred while importing workflows'),
		);
	return (
		lines.find((line) =>
			/error|fail|refus|not |cannot|can't|invalid|permission|expected/i.test(line),
		) ??
		lines.at(-1) ??
		''
	);
}

/** One sentence for the error: the known cause if n8n named one, otherwise n8n's own message quoted. */
function explainImportFailure(output) {
	const text = String(output ?? '');
	const known = KNOWN_CAUSES.find(({ phrase }) => text.includes(phrase));
	const said = firstErrorLine(text);
	const quoted = said ? `n8n said: "${said.slice(0, 300)}"` : 'n8n printed no reason';
	return known ? `${quoted}; ${known.hint}` : `${quoted} (its whole output is above).`;
}

module.exports = { explainImportFailure };
