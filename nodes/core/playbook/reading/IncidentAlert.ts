import type { RiskLevel } from '../../scoring/CrisisScore';

/**
 * A crisis detector alert as the playbook reads it from an item (Detect Crisis output, or the shape `replay`
 * prints): the detector's own IncidentEvent (core/detection), with the fields a step can do without optional.
 */
export interface IncidentAlert {
	at: string;
	brand?: string;
	level: RiskLevel;
	state: 'opened' | 'escalated' | 'resolved';
	incident: string;
	volume?: number;
	baseline?: number;
	negative?: number;
	reasons: string[];
	sampleIds: string[];
	since?: string;
}
