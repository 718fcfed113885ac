import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Builds a scorer from the node's settings; a bad setting stops the node, naming it. */
export function withSettingsChecked<T>(context: IExecuteFunctions, build: () => T): T {
	try {
		return build();
	} catch (error) {
		throw new NodeOperationError(context.getNode(), (error as Error).message, {
			description: 'Check the node settings (thresholds from 0 to 100, in increasing order).',
		});
	}
}
