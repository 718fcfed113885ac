import type { IConnections, IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { CaseRecord } from '../../../nodes/core/playbook/case/CaseRecord';
import { node, runWorkflow } from './engine';

// Playbook Step alone or twice in a row in the engine, and the case record an output item carries.

export const STEP = 'Playbook Step';

export function step(parameters: IDataObject, extra = {}) {
	return node(STEP, 'playbookStep', parameters as never, extra);
}

export async function run(parameters: IDataObject, input: IDataObject[], extra = {}) {
	return await runWorkflow({
		nodes: [step(parameters, extra)],
		input: input.map((json) => ({ json })),
	});
}

export async function output(
	parameters: IDataObject,
	input: IDataObject[],
	outputIndex = 0,
	extra = {},
) {
	return (await run(parameters, input, extra)).output(STEP, outputIndex);
}

export function caseOf(item: INodeExecutionData): CaseRecord {
	return item.json.case as unknown as CaseRecord;
}

export function chain(
	first: IDataObject,
	second: IDataObject,
): { nodes: ReturnType<typeof step>[]; connections: IConnections } {
	return {
		nodes: [
			node('First', 'playbookStep', first as never),
			node('Second', 'playbookStep', second as never),
		],
		connections: { First: { main: [[{ node: 'Second', type: 'main', index: 0 }]] } },
	};
}
