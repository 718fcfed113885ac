import type { N8nRest } from './n8nRest';

export interface NodeRun {
	executionStatus?: string;
	error?: { message: string };
	data?: { main: Array<Array<{ json: Record<string, unknown> }> | null> };
}

export interface ExecutionResult {
	id: string;
	status: string;
	runData: Record<string, NodeRun[]>;
	error?: { message: string; node?: { name: string } };
}

/**
 * n8n stores execution data in the `flatted` format: one array whose objects refer to other entries by
 * index (as strings). Rebuilds the object graph from entry 0.
 */
export function unflatten(text: string): unknown {
	const table = JSON.parse(text) as unknown[];
	const rebuilt = new Map<number, unknown>();
	const revive = (index: number): unknown => {
		const value = table[index];
		if (typeof value !== 'object' || value === null) return value;
		const known = rebuilt.get(index);
		if (known !== undefined) return known;
		const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
		rebuilt.set(index, copy);
		for (const [key, entry] of Object.entries(value)) {
			(copy as Record<string, unknown>)[key] =
				typeof entry === 'string' ? revive(Number(entry)) : entry;
		}
		return copy;
	};
	return revive(0);
}

const SETTLED = ['success', 'error', 'waiting', 'canceled', 'crashed'];

async function fetchExecution(
	rest: N8nRest,
	id: string,
): Promise<ExecutionResult & { finished: boolean }> {
	const execution = await rest.call<{ status: string; finished: boolean; data: string }>(
		'GET',
		`/executions/${id}`,
	);
	// A queued execution has no run data yet.
	const data = unflatten(execution.data) as
		| { resultData?: { runData: Record<string, NodeRun[]>; error?: ExecutionResult['error'] } }
		| undefined;
	return {
		id,
		status: execution.status,
		finished: execution.finished,
		runData: data?.resultData?.runData ?? {},
		error: data?.resultData?.error,
	};
}

/** Waits until the execution is settled and not in `unlessStatus` (e.g. still waiting for an approval). */
export async function waitForExecution(
	rest: N8nRest,
	id: string,
	unlessStatus: string[] = [],
	timeoutMs = 45000,
): Promise<ExecutionResult> {
	const started = Date.now();
	for (;;) {
		const execution = await fetchExecution(rest, id);
		if (SETTLED.includes(execution.status) && !unlessStatus.includes(execution.status))
			return execution;
		if (Date.now() - started > timeoutMs)
			throw new Error(`execution ${id} still ${execution.status} after ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 300));
	}
}

/**
 * Runs a stored workflow from one of its triggers the way the editor's "Execute workflow" button does
 * (POST /rest/workflows/:id/run), inside the running server. Unlike `n8n execute`, the server has its
 * modules loaded (Data Tables) and can resume waiting executions (send-and-wait approvals). The 1.x editor
 * sends the workflow along (workflowData) and 1.x runs that; 2.x runs the stored one and drops the field.
 */
export async function runManually(
	rest: N8nRest,
	workflowId: string,
	trigger = 'Test run',
): Promise<ExecutionResult> {
	const workflowData = await rest.workflow(workflowId);
	const started = await rest.call<{ executionId: string }>('POST', `/workflows/${workflowId}/run`, {
		workflowData,
		triggerToStartFrom: { name: trigger },
	});
	return await waitForExecution(rest, started.executionId);
}

/** The items a node put on one of its outputs in its first run (empty when the node did not run). */
export function output(
	execution: ExecutionResult,
	nodeName: string,
	outputIndex = 0,
): Array<Record<string, unknown>> {
	const run = execution.runData[nodeName]?.[0];
	return (run?.data?.main[outputIndex] ?? []).map((item) => item.json);
}

/** Fails with the node and message n8n recorded, so a broken template says where it broke. */
export function expectSucceeded(execution: ExecutionResult, status = 'success'): void {
	if (execution.status !== status) {
		const failed = Object.entries(execution.runData).find(([, runs]) =>
			runs.some((run) => run.error),
		);
		const where = failed
			? `${failed[0]}: ${failed[1].find((run) => run.error)?.error?.message}`
			: execution.error?.message;
		throw new Error(
			`execution ${execution.id} ended ${execution.status}, expected ${status} (${where ?? 'no error recorded'})`,
		);
	}
}
