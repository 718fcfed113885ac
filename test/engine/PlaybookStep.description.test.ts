import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { INode, INodeTypes } from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import { PlaybookStep } from '../../nodes/PlaybookStep/PlaybookStep.node';
import { node } from './harness/engine';

/**
 * What the editor sees of Playbook Step, written from the code before it was reorganised by operation:
 * the description, with the outputs expression replaced by the outputs n8n computes from it for every
 * operation. Regenerate it only for a change the editor is meant to see:
 * PLAYBOOK_STEP_DESCRIPTION_WRITE=1 npx jest test/engine/PlaybookStep.description --selectProjects engine
 */
const FIXTURE = path.join(__dirname, 'fixtures', 'playbookStepDescription.json');

const OPERATIONS = [
	'acknowledge',
	'assess',
	'assign',
	'checkDeadlines',
	'recordResponse',
	'respondToEvery',
	'setDeadline',
	'takePrivate',
	'watch',
	undefined,
];

function editorView() {
	const playbookStep = new PlaybookStep();
	const nodeTypes: INodeTypes = {
		getByName: () => playbookStep,
		getByNameAndVersion: (_type, version) =>
			NodeHelpers.getVersionedNodeType(playbookStep, version),
		getKnownTypes: () => ({}),
	};
	const outputs: Record<string, unknown> = {};
	for (const operation of OPERATIONS) {
		const parameters = (operation === undefined ? {} : { operation }) as INode['parameters'];
		const playbookNode = node('Playbook Step', 'playbookStep', parameters);
		const workflow = new Workflow({
			nodes: [playbookNode],
			connections: {},
			active: false,
			nodeTypes,
		});
		outputs[operation ?? '(unset)'] = NodeHelpers.getNodeOutputs(
			workflow,
			playbookNode,
			playbookStep.description,
		);
	}
	return { ...(JSON.parse(JSON.stringify(playbookStep.description)) as object), outputs };
}

describe('Playbook Step: what the editor sees', () => {
	it('has the description and the outputs (for every operation) of the fixture', () => {
		const view = editorView();
		if (process.env.PLAYBOOK_STEP_DESCRIPTION_WRITE === '1')
			writeFileSync(FIXTURE, `${JSON.stringify(view, null, '\t')}\n`);
		expect(view).toEqual(JSON.parse(readFileSync(FIXTURE, 'utf8')));
	});

	it('gives Breached and Due Soon for Check Deadlines, two for Respond to Every Mention, one otherwise', () => {
		const { outputs } = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
			outputs: Record<string, unknown[]>;
		};
		expect(Object.keys(outputs)).toHaveLength(OPERATIONS.length);
		expect(outputs.checkDeadlines).toEqual([
			{ type: 'main', displayName: 'Breached' },
			{ type: 'main', displayName: 'Due Soon' },
		]);
		expect(outputs.respondToEvery).toHaveLength(2);
		expect(outputs.assess).toEqual(['main']);
		expect(outputs['(unset)']).toEqual(['main']);
	});
});
