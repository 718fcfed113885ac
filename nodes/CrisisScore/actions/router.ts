import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as detectCrisis from './detectCrisis/detectCrisis.operation';
import { LevelOutputs, type Routing } from './levelOutputs';
import * as score from './score.operation';

/** Runs the chosen operation into the outputs the Output parameter asks for. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as string;
	const outputs = new LevelOutputs(this.getNodeParameter('routing', 0) as Routing);
	if (operation === 'score') await score.execute.call(this, outputs);
	else if (operation === 'detect') await detectCrisis.execute.call(this, outputs);
	else
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" is not known to Crisis Score`,
		);
	return outputs.all;
}
