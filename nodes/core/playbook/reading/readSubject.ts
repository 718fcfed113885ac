import type { PlaybookSubject } from './PlaybookSubject';
import { FieldError } from '../../errors/FieldError';
import { readCase } from './readCase';
import { isRecord } from './readFields';
import { readIncident } from './readIncident';
import { readMention } from './readMention';

/**
 * Reads an item's JSON. A case from an earlier step travels under `case`; an item that is itself a case
 * record (e.g. read back from a Data Table) is accepted too.
 */
export function readSubject(json: unknown): PlaybookSubject {
	if (!isRecord(json)) throw new FieldError('item', 'expected an object');
	const carried =
		json.case === undefined || json.case === null ? undefined : readCase(json.case, 'case');
	if (typeof json.incident === 'string' && 'state' in json) {
		return { kind: 'incident', incident: readIncident(json, 'incident event'), case: carried };
	}
	if ('text' in json || 'author' in json || 'source' in json) {
		return { kind: 'mention', mention: readMention(json, 'mention'), case: carried };
	}
	if (carried) return { kind: 'case', case: carried };
	if (typeof json.caseId === 'string') return { kind: 'case', case: readCase(json, 'case') };
	throw new FieldError(
		'item',
		'expected a mention (id, source, text, createdAt, author), an incident event (incident, level, state, at) or a case record (caseId)',
	);
}
