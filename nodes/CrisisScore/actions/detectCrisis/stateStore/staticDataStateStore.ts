import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { DetectorStateStore } from './DetectorStateStore';

/**
 * The detector in this node's workflow static data. n8n saves it only after production executions of an
 * active workflow, and in queue mode (n8n 2.41) workers start every execution with empty static data.
 */
export function openStaticDataStateStore(context: IExecuteFunctions): DetectorStateStore {
	const staticData = context.getWorkflowStaticData('node');
	return {
		previous: staticData.detector,
		notices: [],
		save(state) {
			staticData.detector = state as unknown as IDataObject;
			return undefined;
		},
	};
}
