import type { INodeOutputConfiguration, INodeParameters, NodeConnectionType } from 'n8n-workflow';

/**
 * The node's outputs for its operation: Breached and Due Soon for Check Deadlines, Response Tasks and No
 * Response Needed for Respond to Every Mention, one otherwise. Its source text becomes the outputs
 * expression the editor evaluates, so it may use nothing from outside its own body.
 */
export const configuredOutputs = (
	parameters: INodeParameters,
): Array<NodeConnectionType | INodeOutputConfiguration> => {
	if (parameters.operation === 'checkDeadlines') {
		return [
			{ type: 'main', displayName: 'Breached' },
			{ type: 'main', displayName: 'Due Soon' },
		];
	}
	if (parameters.operation === 'respondToEvery') {
		return [
			{ type: 'main', displayName: 'Response Tasks' },
			{ type: 'main', displayName: 'No Response Needed' },
		];
	}
	return ['main'];
};
