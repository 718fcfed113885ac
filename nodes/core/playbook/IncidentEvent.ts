import type { RiskLevel } from '../scoring/CrisisScore';

/** What the crisis detector emits per alert (the shape `replay` prints, see the README). */
export interface IncidentEvent {
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
