import type { INodeOutputConfiguration, INodeParameters, NodeConnectionType } from 'n8n-workflow';

/**
 * The node's outputs for its parameters: four level outputs or one, and with Data Table storage a last
 * output carrying the detector state to a Data Table upsert. Its source text becomes the outputs expression
 * the editor evaluates, so it may use nothing from outside its own body.
 */
export const configuredOutputs = (
	parameters: INodeParameters,
): Array<NodeConnectionType | INodeOutputConfiguration> => {
	const levelOutputs: Array<NodeConnectionType | INodeOutputConfiguration> =
		parameters.routing === 'single'
			? ['main']
			: ['Critical', 'High', 'Medium', 'Low'].map((displayName) => ({ type: 'main', displayName }));
	const stateOutput: INodeOutputConfiguration[] =
		parameters.operation === 'detect' && parameters.stateStorage === 'dataTable'
			? [{ type: 'main', displayName: 'Detector State' }]
			: [];
	return levelOutputs.concat(stateOutput);
};
