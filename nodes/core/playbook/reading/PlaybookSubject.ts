import type { CaseRecord } from '../case/CaseRecord';
import type { IncidentAlert } from './IncidentAlert';
import type { ScoredMention } from './ScoredMention';

/** What one item hands to a step: a mention, a detector alert, or only the case carried from an earlier step. */
export type PlaybookSubject =
	| { kind: 'mention'; mention: ScoredMention; case?: CaseRecord }
	| { kind: 'incident'; incident: IncidentAlert; case?: CaseRecord }
	| { kind: 'case'; case: CaseRecord };
