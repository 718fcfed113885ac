import { withCaseLanguage } from './caseLanguage';
import type { CaseRecord } from './CaseRecord';
import { openCase } from './openCase';
import { FieldError } from '../../errors/FieldError';
import type { Batch } from '../reading/readBatch';

/**
 * The one case a batch step (Assess, Watch) works on: the incident's, else the carried case, else the
 * case of the earliest mention (ties by id), so the same batch always lands on the same case.
 * Every mention of the batch is folded in (ids, categories, level), and a new case takes their majority language.
 */
export function caseForBatch(batch: Batch): CaseRecord {
	let record: CaseRecord;
	if (batch.incident)
		record = openCase({ kind: 'incident', incident: batch.incident, case: batch.carried });
	else if (batch.carried) record = batch.carried;
	else {
		const earliest = [...batch.mentions].sort(
			(a, b) =>
				Date.parse(a.mention.createdAt) - Date.parse(b.mention.createdAt) ||
				(a.mention.id < b.mention.id ? -1 : 1),
		)[0];
		if (!earliest)
			throw new FieldError('items', 'no readable mention, incident event or case in the batch');
		record = openCase({ kind: 'mention', mention: earliest.mention });
	}
	for (const { mention } of batch.mentions)
		record = openCase({ kind: 'mention', mention, case: record });
	return withCaseLanguage(
		record,
		batch.mentions.map((entry) => entry.mention),
	);
}
