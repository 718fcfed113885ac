import type { INodeExecutionData } from 'n8n-workflow';

import type { RiskLevel } from '../../core/scoring/CrisisScore';
import { RISK_LEVELS } from '../../core/scoring/riskLevelRank';

export type Routing = 'byLevel' | 'single';

/** Most urgent first: the outputs Critical, High, Medium and Low, in the order configuredOutputs names them. */
const LEVEL_OUTPUTS: RiskLevel[] = [...RISK_LEVELS].reverse();

/** The node's outputs for one execution: items by level, or every item on one output. */
export class LevelOutputs {
	readonly all: INodeExecutionData[][];

	constructor(private readonly routing: Routing) {
		this.all = routing === 'single' ? [[]] : LEVEL_OUTPUTS.map(() => []);
	}

	/** An item without a level (a failed item kept by Continue On Fail) goes to the first output. */
	emit(item: INodeExecutionData, level: RiskLevel | undefined): void {
		const index =
			this.routing === 'single' || level === undefined ? 0 : LEVEL_OUTPUTS.indexOf(level);
		this.all[index].push(item);
	}

	/** An output after the level outputs, such as Detector State. */
	append(output: INodeExecutionData[]): void {
		this.all.push(output);
	}
}
