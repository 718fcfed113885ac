import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { FieldError } from '../../../core/errors/FieldError';
import { scoreAndEscalate, type LexiconOutcome } from '../../../core/modelReview/escalate';
import { languageHint } from '../../../core/modelReview/languageHint';
import {
	resolveReviewSettings,
	type ReviewSettings,
} from '../../../core/modelReview/ReviewSettings';
import { describeUsage } from '../../../core/modelReview/ReviewUsage';
import { reviewedCrisis } from '../../../core/modelReview/reviewedCrisis';
import {
	reviewMentions,
	type AskModel,
	type ReviewRequest,
} from '../../../core/modelReview/reviewMentions';
import { readPath } from '../../../core/mention/fieldMapping';
import { createReviewingScorer, type ScoringInput } from '../../../core/scoring/createScorer';
import { failedItem } from '../../../nodeErrors/failedItems';
import { toNodeError } from '../../../nodeErrors/toNodeError';
import { readFieldMapping } from '../readFieldMapping';
import { readScoringInput } from '../readScoringInput';
import { readScoringSettings } from '../readScoringSettings';
import type { ScoringOutcome } from '../scoreItems';
import { scoringFailure } from '../scoringFailure';
import { withSettingsChecked } from '../settingsChecked';
import { readReviewSettings } from './readReviewSettings';

function reviewSettingsOf(context: IExecuteFunctions): ReviewSettings {
	try {
		return resolveReviewSettings(readReviewSettings(context));
	} catch (error) {
		if (!(error instanceof FieldError)) throw toNodeError(context.getNode(), error);
		throw new NodeOperationError(
			context.getNode(),
			`Model Review option "${error.field}": ${error.detail}`,
			{
				description: 'Check the options under Model Review.',
			},
		);
	}
}

/** An item the lexicon scored, waiting for the review. */
interface Pending {
	index: number;
	input: ScoringInput;
	lexicon: LexiconOutcome;
}

/**
 * Scores every item with the lexicon, sends the mentions the policy picks to the model in one budgeted
 * round, and scores those it gave a valid verdict for with that verdict. Every scored item says who decided
 * and carries the execution's usage; the node's notice says what was spent and what was left unreviewed.
 */
export async function scoreItemsWithModel(
	context: IExecuteFunctions,
	ask: AskModel,
	now: Date,
	volumeField: string,
): Promise<ScoringOutcome[]> {
	const items = context.getInputData();
	const scorer = withSettingsChecked(context, () =>
		createReviewingScorer(readScoringSettings(context)),
	);
	const settings = reviewSettingsOf(context);
	const mapping = readFieldMapping(context);
	const outcomes: Array<ScoringOutcome | Pending> = [];
	const requests: ReviewRequest[] = [];

	for (let index = 0; index < items.length; index++) {
		try {
			const input = readScoringInput(items[index].json, mapping, volumeField);
			if (input === undefined) {
				outcomes.push({ scored: { index, data: { ...items[index].json } }, level: undefined });
				continue;
			}
			const lexicon = scoreAndEscalate(scorer, input, now, settings.policy);
			outcomes.push({ index, input, lexicon });
			if (lexicon.escalation.length > 0) {
				const language = languageHint(
					readPath(items[index].json, mapping.language),
					lexicon.crisis.language,
				);
				requests.push({ key: index, text: input.text, language, priority: lexicon.crisis.risk });
			}
		} catch (error) {
			outcomes.push({ failed: failedItem(context, items, index, scoringFailure(error, index)) });
		}
	}

	const review = await reviewMentions(requests, ask, settings);
	const failures = review.failures.length > 0 ? `. ${review.failures.join('; ')}` : '';
	context.addExecutionHints({
		message: `Model review: ${describeUsage(review.usage)}${failures}`,
		type: review.usage.unreviewed > 0 ? 'warning' : 'info',
		location: 'outputPane',
	});

	return outcomes.map((outcome) => {
		if (!('lexicon' in outcome)) return outcome;
		const { index, input, lexicon } = outcome;
		const crisis = reviewedCrisis(scorer, input, now, lexicon, {
			verdict: review.verdicts.get(index),
			unreviewed: review.unreviewed.get(index),
			usage: review.usage,
		});
		return {
			scored: { index, data: { ...items[index].json, crisis } as unknown as IDataObject },
			level: crisis.level,
		};
	});
}
