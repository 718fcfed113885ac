import type { CaseRecord } from '../case/CaseRecord';
import type { IncidentAlert } from './IncidentAlert';
import { type InputFailure, inputFailureOf } from './inputFailureOf';
import { FieldError } from '../../errors/FieldError';
import { readSubject } from './readSubject';
import type { ScoredMention } from './ScoredMention';

/** A batch of items split into mentions (with their item index), the first incident, the first carried case, and errors. */
export interface Batch {
	/** `case`: the case the mention's item carries, if any (its own, or an incident's). */
	mentions: Array<{ index: number; mention: ScoredMention; case?: CaseRecord }>;
	incident?: IncidentAlert;
	carried?: CaseRecord;
	errors: InputFailure[];
}

/** Bad items become errors with their index; the rest of the batch goes on. */
export function readBatch(items: unknown[]): Batch {
	if (!Array.isArray(items)) throw new FieldError('items', 'expected a list of items');
	const batch: Batch = { mentions: [], errors: [] };
	items.forEach((item, index) => {
		const failure = inputFailureOf(index, () => {
			const subject = readSubject(item);
			batch.carried ??= subject.case;
			if (subject.kind === 'mention')
				batch.mentions.push({ index, mention: subject.mention, case: subject.case });
			if (subject.kind === 'incident') batch.incident ??= subject.incident;
		});
		if (failure) batch.errors.push(failure);
	});
	return batch;
}
