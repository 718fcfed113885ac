import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { router } from './actions/router';
import { configuredOutputs } from './configuredOutputs';
import { playbookStepProperties } from './descriptions/playbookStepProperties';
import { refuseUnsupportedN8n } from '../supportedN8n/refuseUnsupportedN8n';

// Before the class: on an n8n older than the package supports, loading stops here with a message n8n logs.
refuseUnsupportedN8n();

export class PlaybookStep implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Playbook Step',
		name: 'playbookStep',
		icon: { light: 'file:playbookStep.svg', dark: 'file:playbookStep.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle:
			'={{ { acknowledge: "Acknowledge", assess: "Assess", assign: "Assign", checkDeadlines: "Check Deadlines", recordResponse: "Record Response", respondToEvery: "Respond to Every Mention", setDeadline: "Set Deadline", takePrivate: "Take Private", watch: "Watch" }[$parameter["operation"]] }}',
		description:
			'One step of the crisis playbook (assess, deadlines, assign, watch, respond, acknowledge, take private, record response) with ready-to-send tickets, e-mails, chat messages and replies',
		defaults: { name: 'Playbook Step' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: `={{(${configuredOutputs})($parameter)}}`,
		properties: playbookStepProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return router.call(this);
	}
}
