import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { INode, INodeTypeDescription } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { loadPackage, node } from './harness/engine';

/**
 * What the editor sees of Crisis Score, written from the code before it was reorganised by operation:
 * the description as n8n loads it from the built package, with the outputs expression replaced by the
 * outputs it gives for every combination of the parameters it reads. Regenerate it only for a change
 * the editor is meant to see: CRISIS_SCORE_DESCRIPTION_WRITE=1 npx jest test/engine/CrisisScore.description --selectProjects engine
 */
const FIXTURE = path.join(__dirname, 'fixtures', 'crisisScoreDescription.json');

const ROUTINGS = ['byLevel', 'single', undefined];
const OPERATIONS = ['score', 'detect', undefined];
const STATE_STORAGES = ['staticData', 'dataTable', undefined];

async function crisisScoreDescription(): Promise<INodeTypeDescription> {
	const types = await loadPackage();
	const loaded = types.nodeTypes.getByNameAndVersion('n8n-nodes-crisis-desk.crisisScore', 1);
	return loaded.description;
}

/** The outputs n8n computes from the description for one node's parameters (unset ones left out). */
function outputsFor(
	description: INodeTypeDescription,
	crisisScore: INode,
	nodeTypes: Workflow['nodeTypes'],
) {
	const workflow = new Workflow({
		nodes: [crisisScore],
		connections: {},
		active: false,
		nodeTypes,
	});
	if (typeof description.outputs !== 'string') return description.outputs;
	return workflow.expression.getSimpleParameterValue(
		crisisScore,
		description.outputs,
		'internal',
		{},
	);
}

async function editorView() {
	const description = await crisisScoreDescription();
	const { nodeTypes } = await loadPackage();
	const outputs: Record<string, unknown> = {};
	for (const routing of ROUTINGS) {
		for (const operation of OPERATIONS) {
			for (const stateStorage of STATE_STORAGES) {
				const parameters = Object.fromEntries(
					Object.entries({ routing, operation, stateStorage }).filter(
						([, value]) => value !== undefined,
					),
				) as INode['parameters'];
				const key = `routing=${routing ?? '(unset)'} operation=${operation ?? '(unset)'} stateStorage=${stateStorage ?? '(unset)'}`;
				outputs[key] = outputsFor(
					description,
					node('Crisis Score', 'crisisScore', parameters),
					nodeTypes,
				);
			}
		}
	}
	return { ...(JSON.parse(JSON.stringify(description)) as object), outputs };
}

describe('Crisis Score: what the editor sees', () => {
	it('has the description, inputs and outputs (for every routing, operation and state storage) of the fixture', async () => {
		const view = await editorView();
		if (process.env.CRISIS_SCORE_DESCRIPTION_WRITE === '1')
			writeFileSync(FIXTURE, `${JSON.stringify(view, null, '\t')}\n`);
		expect(view).toEqual(JSON.parse(readFileSync(FIXTURE, 'utf8')));
	});

	it('gives four level outputs, one, and a Detector State output only for Detect Crisis with Data Table storage', async () => {
		const { outputs } = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
			outputs: Record<string, unknown[]>;
		};
		expect(Object.keys(outputs)).toHaveLength(27);
		expect(outputs['routing=byLevel operation=score stateStorage=dataTable']).toHaveLength(4);
		expect(outputs['routing=single operation=score stateStorage=(unset)']).toEqual(['main']);
		expect(outputs['routing=single operation=detect stateStorage=dataTable']).toEqual([
			'main',
			{ type: 'main', displayName: 'Detector State' },
		]);
		expect(outputs['routing=(unset) operation=detect stateStorage=dataTable']).toHaveLength(5);
	});
});
