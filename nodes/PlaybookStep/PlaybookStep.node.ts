import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { acknowledge } from '../core/playbook/acknowledge';
import { assess } from '../core/playbook/assess';
import { assign } from '../core/playbook/assign';
import { recordResponse } from '../core/playbook/recordResponse';
import { setDeadline } from '../core/playbook/setDeadline';
import { takePrivate } from '../core/playbook/takePrivate';
import { watch } from '../core/playbook/watch';
import type { PlaybookOperation } from './operationProperty';
import { playbookStepProperties } from './playbookStepProperties';
import { readAssignOptions } from './readAssignOptions';
import { readDeadlinePolicy } from './readDeadlinePolicy';
import {
	readAcknowledgeOptions,
	readAssessOptions,
	readRecordResponseOptions,
	readTakePrivateOptions,
	readWatchOptions,
} from './readStepOptions';
import { runBatchSummary } from './runBatchSummary';
import { runCheckDeadlines } from './runCheckDeadlines';
import { runItemStep } from './runItemStep';
import { runRespondToEvery } from './runRespondToEvery';
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
		outputs: `={{ $parameter["operation"] === "checkDeadlines" ? [{ "type": "main", "displayName": "Breached" }, { "type": "main", "displayName": "Due Soon" }] : $parameter["operation"] === "respondToEvery" ? [{ "type": "main", "displayName": "Response Tasks" }, { "type": "main", "displayName": "No Response Needed" }] : ["main"] }}`,
		properties: playbookStepProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const operation = this.getNodeParameter('operation', 0) as PlaybookOperation;
		const now = new Date();
		switch (operation) {
			case 'assess':
				return [runBatchSummary(this, items, (batch) => assess(batch, readAssessOptions(this), now))];
			case 'watch':
				return [runBatchSummary(this, items, (batch) => watch(batch, readWatchOptions(this), now))];
			case 'checkDeadlines':
				return runCheckDeadlines(this, items, now);
			case 'respondToEvery':
				return runRespondToEvery(this, items, now);
			case 'setDeadline':
				return [runItemStep(this, items, (json, index) => setDeadline(json, readDeadlinePolicy(this, index), now))];
			case 'assign':
				return [runItemStep(this, items, (json, index) => assign(json, readAssignOptions(this, index), now))];
			case 'acknowledge':
				return [runItemStep(this, items, (json, index) => acknowledge(json, readAcknowledgeOptions(this, index), now))];
			case 'recordResponse':
				return [runItemStep(this, items, (json, index) => recordResponse(json, readRecordResponseOptions(this, index), now))];
			case 'takePrivate':
				return [runItemStep(this, items, (json, index) => takePrivate(json, readTakePrivateOptions(this, index), now))];
			default:
				throw new NodeOperationError(this.getNode(), `Unknown operation "${operation as string}"`, {
					description: 'Pick an operation from the list; this workflow may come from a newer version of the package.',
				});
		}
	}
}
