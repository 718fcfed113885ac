import type { IDataObject } from 'n8n-workflow';

import { readPath, toScoringInput, type FieldMapping } from '../../core/mention/fieldMapping';
import type { ScoringInput } from '../../core/scoring/createScorer';
import { readVolumeCount } from './detectCrisis/readVolumeCount';

/**
 * An item's scoring input, or undefined for a volume row without text (with a volume field, Detect Crisis
 * counts it and does not score it). Throws for a count, text or field that is wrong.
 */
export function readScoringInput(
	json: IDataObject,
	mapping: FieldMapping,
	volumeField: string,
): ScoringInput | undefined {
	if (volumeField) {
		readVolumeCount(json, volumeField);
		const text = readPath(json, mapping.text);
		if (text === undefined || text === null || text === '') return undefined;
	}
	return toScoringInput(json, mapping);
}
