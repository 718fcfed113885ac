import type { RiskLevel } from '../../scoring/CrisisScore';
import type { TemplateLanguage } from '../rendering/templates/MessageTemplates';

export type PlaybookStepName =
	| 'open'
	| 'incident'
	| 'assess'
	| 'setDeadline'
	| 'checkDeadlines'
	| 'assign'
	| 'watch'
	| 'respondToEvery'
	| 'acknowledge'
	| 'takePrivate'
	| 'recordResponse';

export type CaseStatus = 'open' | 'assigned' | 'responding' | 'resolved';

export type Authority = 'publish' | 'approval';

export interface CaseOwner {
	person: string;
	team: string;
	/** How the owner was found; a rerun of Assign keeps a rota owner and reports it the same way. */
	assignedBy: 'rule' | 'rota';
	email?: string;
	handle?: string;
}

export interface CaseDeadlines {
	level: RiskLevel;
	/** When the clock started: the moment the case reached this level. */
	startedAt: string;
	firstResponseDue: string;
	resolutionDue: string;
	timeZone: string;
	roundTheClock: boolean;
	/** Due times of the lower level the case escalated from; these deadlines are never later than those. */
	cappedBy?: { level: RiskLevel; firstResponseDue: string; resolutionDue: string };
}

export interface TimelineEntry {
	/** Identifies the step's effect; a step whose key is already present adds nothing (idempotency). */
	key: string;
	step: PlaybookStepName;
	at: string;
	summary: string;
	escalatedTo?: string;
}

export interface ResponseTask {
	mentionId: string;
	author: string;
	channel: string;
	url: string;
	startedAt: string;
	dueAt: string;
	status: 'open' | 'done';
	doneAt?: string;
}

/** Carried on the item from step to step (and kept in a Data Table if the user wants history). */
export interface CaseRecord {
	caseId: string;
	origin: { kind: 'incident' | 'mention'; id: string };
	brand?: string;
	level: RiskLevel;
	levelSince: string;
	status: CaseStatus;
	openedAt: string;
	owner?: CaseOwner;
	authority?: Authority;
	/** People to escalate to, in order, after the owner. */
	escalationChain: string[];
	/** 0 = the owner holds the case; n = escalationChain[n - 1] does. */
	escalationIndex: number;
	deadlines?: CaseDeadlines;
	firstResponseAt?: string;
	resolvedAt?: string;
	/** What the brief and the drafts are written in when a step's Language is Auto; decided once (see caseLanguage). */
	language?: TemplateLanguage;
	/** The next public update every draft of the case promises ({{nextUpdate}}); moved on once it has passed (see nextUpdate). */
	nextUpdateAt?: string;
	categories: string[];
	mentionIds: string[];
	tasks: ResponseTask[];
	timeline: TimelineEntry[];
}
