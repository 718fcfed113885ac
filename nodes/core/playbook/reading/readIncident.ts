import type { IncidentAlert } from './IncidentAlert';
import { isRiskLevel } from '../../scoring/riskLevelRank';
import { FieldError } from '../../errors/FieldError';
import { isoUtc, readInstant } from './readInstant';
import {
	optionalNumber,
	optionalString,
	requireRecord,
	requireString,
	stringList,
} from './readFields';

const STATES: readonly IncidentAlert['state'][] = ['opened', 'escalated', 'resolved'];

/** Validates a detector alert; fields the detector may omit (volume, reasons, sampleIds…) get defaults. */
export function readIncident(value: unknown, field = 'incident event'): IncidentAlert {
	const raw = requireRecord(value, field);
	if (!isRiskLevel(raw.level))
		throw new FieldError(`${field}.level`, 'expected medium, high or critical');
	if (!STATES.includes(raw.state as IncidentAlert['state'])) {
		throw new FieldError(`${field}.state`, `expected one of ${STATES.join(', ')}`);
	}
	return {
		incident: requireString(raw.incident, `${field}.incident`),
		at: isoUtc(readInstant(raw.at, `${field}.at`)),
		level: raw.level,
		state: raw.state as IncidentAlert['state'],
		brand: optionalString(raw.brand, `${field}.brand`),
		volume: optionalNumber(raw.volume, `${field}.volume`),
		baseline: optionalNumber(raw.baseline, `${field}.baseline`),
		negative: optionalNumber(raw.negative, `${field}.negative`),
		reasons: stringList(raw.reasons, `${field}.reasons`),
		sampleIds: stringList(raw.sampleIds, `${field}.sampleIds`),
		since:
			raw.since === undefined || raw.since === null
				? undefined
				: isoUtc(readInstant(raw.since, `${field}.since`)),
	};
}
