import type { IncidentEvent } from './IncidentEvent';
import { isRiskLevel } from './levelRank';
import { FieldError } from '../errors/FieldError';
import { isoUtc, readInstant } from './readInstant';
import { optionalNumber, optionalString, requireRecord, requireString, stringList } from './readFields';

const STATES: readonly IncidentEvent['state'][] = ['opened', 'escalated', 'resolved'];

/** Validates a detector alert; fields the detector may omit (volume, reasons, sampleIds…) get defaults. */
export function readIncident(value: unknown, field = 'incident event'): IncidentEvent {
	const raw = requireRecord(value, field);
	if (!isRiskLevel(raw.level)) throw new FieldError(`${field}.level`, 'expected medium, high or critical');
	if (!STATES.includes(raw.state as IncidentEvent['state'])) {
		throw new FieldError(`${field}.state`, `expected one of ${STATES.join(', ')}`);
	}
	return {
		incident: requireString(raw.incident, `${field}.incident`),
		at: isoUtc(readInstant(raw.at, `${field}.at`)),
		level: raw.level,
		state: raw.state as IncidentEvent['state'],
		brand: optionalString(raw.brand, `${field}.brand`),
		volume: optionalNumber(raw.volume, `${field}.volume`),
		baseline: optionalNumber(raw.baseline, `${field}.baseline`),
		negative: optionalNumber(raw.negative, `${field}.negative`),
		reasons: stringList(raw.reasons, `${field}.reasons`),
		sampleIds: stringList(raw.sampleIds, `${field}.sampleIds`),
		since: raw.since === undefined || raw.since === null ? undefined : isoUtc(readInstant(raw.since, `${field}.since`)),
	};
}
