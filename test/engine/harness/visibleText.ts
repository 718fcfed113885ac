import type { WorkflowResult } from './engine';

/** Everything a user or a log could see of a run: items, errors (message, description, stack) and run data. */
export function visibleText(result: WorkflowResult, nodeName = 'Mention Fetch'): string {
	const error = result.error(nodeName) as (Error & { description?: string | null }) | undefined;
	return [
		JSON.stringify(result.run.data),
		error?.message ?? '',
		error?.description ?? '',
		error?.stack ?? '',
	].join('\n');
}
