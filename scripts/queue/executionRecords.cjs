'use strict';
// n8n's own execution records in PostgreSQL: the ground truth of what ran, whatever the HTTP answers said.

function executionsOf(postgres, workflowId) {
	return postgres
		.psql(
			`SELECT id, status, mode FROM execution_entity WHERE "workflowId" = '${workflowId.replace(/'/g, "''")}' ORDER BY id`,
		)
		.map(([id, status, mode]) => ({ id, status, mode }));
}

/** Waits (bounded) until no execution of the workflow is still new, queued or running; returns the final records. */
async function settledExecutionsOf(postgres, workflowId, timeoutMs = 60000) {
	const started = Date.now();
	for (;;) {
		const rows = executionsOf(postgres, workflowId);
		const pending = rows.filter((row) => ['new', 'running', 'waiting'].includes(row.status));
		if (pending.length === 0 || Date.now() - started > timeoutMs) return rows;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

module.exports = { executionsOf, settledExecutionsOf };
