import type { IExecuteFunctions } from 'n8n-workflow';

import { openDataTableStateStore } from './dataTableStateStore';
import type { DetectorStateStore } from './DetectorStateStore';
import { openStaticDataStateStore } from './staticDataStateStore';

export type StateStorage = 'staticData' | 'dataTable';

export function readStateStorage(context: IExecuteFunctions): StateStorage {
	const storage = context.getNodeParameter('stateStorage', 0, 'staticData');
	return storage === 'dataTable' ? 'dataTable' : 'staticData';
}

/** The store the State Storage parameter chose. */
export function openDetectorStateStore(context: IExecuteFunctions): DetectorStateStore {
	return readStateStorage(context) === 'dataTable'
		? openDataTableStateStore(context)
		: openStaticDataStateStore(context);
}
