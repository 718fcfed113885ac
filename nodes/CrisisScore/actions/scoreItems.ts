import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { RiskLevel } from '../../core/scoring/CrisisScore';
import { createScorer } from '../../core/scoring/createScorer';
import { failedItem } from '../../nodeErrors/failedItems';
import { connectedChatModel } from './modelReview/connectedChatModel';
import { scoreItemsWithModel } from './modelReview/scoreItemsWithModel';
import { readFieldMapping } from './readFieldMapping';
import { readScoringInput } from './readScoringInput';
import { readScoringSettings } from './readScoringSettings';
import { scoringFailure } from './scoringFailure';
import { withSettingsChecked } from './settingsChecked';

/** An input item (by its index) with the crisis score added, or as it came for a volume row without text. */
export interface ScoredItem {
	index: number;
	data: IDataObject;
}

/** What became of one input item, in input order: scored (no level for a volume row only counted) or failed. */
export type ScoringOutcome =
	{ scored: ScoredItem; level: RiskLevel | undefined } | { failed: INodeExecutionData };

/**
 * Scores every input item with the node's scoring settings and field mapping. With a volume field (Detect
 * Crisis), each item's count is checked first and an item without text is counted, not scored. With a chat
 * model on the Model input, the mentions the review policy picks are scored with the model's verdict.
 */
export async function scoreItems(
	context: IExecuteFunctions,
	now: Date,
	volumeField: string,
): Promise<ScoringOutcome[]> {
	const model = await connectedChatModel(context);
	if (model) return await scoreItemsWithModel(context, model, now, volumeField);
	const items = context.getInputData();
	const scorer = withSettingsChecked(context, () => createScorer(readScoringSettings(context)));
	const mapping = readFieldMapping(context);
	const outcomes: ScoringOutcome[] = [];

	for (let index = 0; index < items.length; index++) {
		try {
			const input = readScoringInput(items[index].json, mapping, volumeField);
			if (input === undefined) {
				outcomes.push({ scored: { index, data: { ...items[index].json } }, level: undefined });
				continue;
			}
			const crisis = scorer(input, now);
			const scoredJson = { ...items[index].json, crisis } as unknown as IDataObject;
			outcomes.push({ scored: { index, data: scoredJson }, level: crisis.level });
		} catch (error) {
			outcomes.push({ failed: failedItem(context, items, index, scoringFailure(error, index)) });
		}
	}
	return outcomes;
}
