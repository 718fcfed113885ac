import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { PlaybookInputError } from '../core/playbook/PlaybookInputError';
import { settingLabel } from './settingLabel';

/** A failed step for one item (or the whole batch): what to show and what to do about it. */
export interface PlaybookFailure {
	message: string;
	description: string;
	/** The core field at fault, when known. */
	field?: string;
}

export function describeFailure(error: unknown): PlaybookFailure {
	if (error instanceof PlaybookInputError) return describeField(error.field, error.message);
	return {
		message: `Playbook step failed: ${(error as Error).message}`,
		description: 'This is not a problem with your input; please report it with the item that caused it.',
	};
}

/** `field: message` from the core, reworded so a setting is named as the editor shows it. */
export function describeField(field: string, message: string): PlaybookFailure {
	const detail = message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
	const label = settingLabel(field);
	if (label) {
		return { field, message: `${label}: ${detail}`, description: `Change "${label}" in the node's parameters.` };
	}
	return {
		field,
		message: `${field}: ${detail}`,
		description:
			'Fix this field on the input item upstream, or map it into place with an Edit Fields (Set) node before this step.',
	};
}

export function toNodeError(node: INode, failure: PlaybookFailure, itemIndex?: number): NodeOperationError {
	return new NodeOperationError(node, failure.message, { itemIndex, description: failure.description });
}
