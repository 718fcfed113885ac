import type { IExecuteFunctions } from 'n8n-workflow';

import type { LevelOutputs } from './levelOutputs';
import { scoreItems } from './scoreItems';

/** Score Mentions: every item with its crisis score, on the output of its level. It has no parameters of its own. */
export async function execute(this: IExecuteFunctions, outputs: LevelOutputs): Promise<void> {
	for (const outcome of await scoreItems(this, new Date(), '')) {
		if ('failed' in outcome) outputs.emit(outcome.failed, undefined);
		else
			outputs.emit(
				{ json: outcome.scored.data, pairedItem: { item: outcome.scored.index } },
				outcome.level,
			);
	}
}
