import type { IExecuteFunctions } from 'n8n-workflow';

import type { LevelOutputs } from '../levelOutputs';
import { type ScoredItem, scoreItems } from '../scoreItems';
import { detectCrisisForBatch } from './detectCrisisForBatch';
import { openDetectorStateStore } from './stateStore/openDetectorStateStore';

/**
 * Detect Crisis: scores the batch, feeds it to the detector and emits its incidents on the output of their
 * level, and with Data Table storage the detector's new state on the last output. Its parameters are in
 * stateStorageProperties and detectorSettingsProperties.
 */
export async function execute(this: IExecuteFunctions, outputs: LevelOutputs): Promise<void> {
	const now = new Date();
	const volumeField = (this.getNodeParameter('volumeField', 0, '') as string).trim();
	const scored: ScoredItem[] = [];
	for (const outcome of await scoreItems(this, now, volumeField)) {
		if ('failed' in outcome) outputs.emit(outcome.failed, undefined);
		else scored.push(outcome.scored);
	}
	const detection = detectCrisisForBatch(this, scored, now, openDetectorStateStore(this));
	for (const event of detection.events) outputs.emit(event.item, event.level);
	if (detection.stateItems) outputs.append(detection.stateItems);
}
