import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { type PrivateChannel, takePrivate, type TakePrivateOptions } from '../../core/playbook';
import { readMessageOption, readMessageOptions } from '../descriptions/messageOptions';
import { runItemStep } from '../execution/runItemStep';

/**
 * Take Private: a public reply asking to continue by DM, e-mail or phone, plus a ticket, per item. Its
 * parameters (Continue By, the contact details, Notify E-Mail) are among the shared message settings
 * (descriptions/messageOptions.ts), where the editor lists them.
 */
function readTakePrivateOptions(context: IExecuteFunctions, index: number): TakePrivateOptions {
	return {
		...readMessageOptions(context, index),
		via: context.getNodeParameter('via', index, 'dm') as PrivateChannel,
		notifyEmail: readMessageOption(context, 'notifyEmail', index),
	};
}

export function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	now: Date,
): INodeExecutionData[][] {
	return [
		runItemStep(this, items, (json, index) =>
			takePrivate(json, readTakePrivateOptions(this, index), now),
		),
	];
}
