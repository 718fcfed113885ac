import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { FieldError } from '../../core/errors/FieldError';
import { readPath, toScoringInput } from '../../core/mention/fieldMapping';
import type { RiskLevel } from '../../core/scoring/CrisisScore';
import { createScorer } from '../../core/scoring/createScorer';
import { DescribedFailure } from '../../nodeErrors/DescribedFailure';
import { failedItem } from '../../nodeErrors/failedItems';
import { readVolumeCount } from './detectCrisis/readVolumeCount';
import { readFieldMapping } from './readFieldMapping';
import { readScoringSettings } from './readScoringSettings';

/** An input item (by its index) with the crisis score added, or as it came for a volume row without text. */
export interface ScoredItem {
	index: number;
	data: IDataObject;
}

/** What became of one input item, in input order: scored (no level for a volume row only counted) or failed. */
export type ScoringOutcome =
	| { scored: ScoredItem; level: RiskLevel | undefined }
	| { failed: INodeExecutionData };

/**
 * Scores every input item with the node's scoring settings and field mapping. With a volume field (Detect
 * Crisis), each item's count is checked first and an item without text is counted, not scored.
 */
export function scoreItems(context: IExecuteFunctions, now: Date, volumeField: string): ScoringOutcome[] {
	const items = context.getInputData();
	let scorer: ReturnType<typeof createScorer>;
	try {
		scorer = createScorer(readScoringSettings(context));
	} catch (error) {
		throw new NodeOperationError(context.getNode(), (error as Error).message, {
			description: 'Check the node settings (thresholds from 0 to 100, in increasing order).',
		});
	}
	const mapping = readFieldMapping(context);
	const outcomes: ScoringOutcome[] = [];

	for (let index = 0; index < items.length; index++) {
		try {
			if (volumeField) {
				readVolumeCount(items[index].json, volumeField);
				const text = readPath(items[index].json, mapping.text);
				if (text === undefined || text === null || text === '') {
					outcomes.push({ scored: { index, data: { ...items[index].json } }, level: undefined });
					continue;
				}
			}
			const crisis = scorer(toScoringInput(items[index].json, mapping), now);
			const scoredJson = { ...items[index].json, crisis } as unknown as IDataObject;
			outcomes.push({ scored: { index, data: scoredJson }, level: crisis.level });
		} catch (error) {
			outcomes.push({ failed: failedItem(context, items, index, scoringFailure(error, index)) });
		}
	}
	return outcomes;
}

/** An item that could not be scored: a field Field Mapping points at is missing or wrong, or anything else. */
function scoringFailure(error: unknown, index: number): DescribedFailure {
	if (error instanceof FieldError) {
		return new DescribedFailure(`${error.detail} (item ${index})`, 'Map the right field under Field Mapping, or fix the item upstream.');
	}
	return new DescribedFailure(`Could not score item ${index}: ${(error as Error).message}`);
}
