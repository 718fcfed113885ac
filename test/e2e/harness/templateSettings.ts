import type { StoredWorkflow } from './n8nRest';

interface Assignment {
	name: string;
	value: unknown;
}

/** Fills in a template's Settings node (a Set node) the way a user types values into it. */
export function fillSettings(
	workflow: StoredWorkflow,
	values: Record<string, string>,
	prefix = '',
): void {
	const node = workflow.nodes.find((candidate) => candidate.name === 'Settings');
	if (!node) throw new Error(`no Settings node in ${workflow.name}`);
	const assignments = (node.parameters.assignments as { assignments: Assignment[] }).assignments;
	for (const [name, value] of Object.entries(values)) {
		const assignment = assignments.find((candidate) => candidate.name === `${prefix}${name}`);
		if (!assignment) throw new Error(`Settings of ${workflow.name} has no ${prefix}${name}`);
		assignment.value = value;
	}
}
