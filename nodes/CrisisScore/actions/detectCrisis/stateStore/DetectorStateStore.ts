import type { INodeExecutionData, IPairedItemData } from 'n8n-workflow';

import type { DetectorState } from '../../../../core/detection/DetectorState';

/** Where Detect Crisis keeps its detector between executions. */
export interface DetectorStateStore {
	/** What the previous execution left, unchecked: the detector resets anything damaged with a notice. */
	readonly previous: unknown;
	/** Problems met while reading the stored state, for the log. */
	readonly notices: string[];
	/** Keeps the new state; returns the items of the Detector State output when the storage has one. */
	save(state: DetectorState, pairedItem: IPairedItemData[]): INodeExecutionData[] | undefined;
}
