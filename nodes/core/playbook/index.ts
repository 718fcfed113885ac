/**
 * The playbook core's public surface: one function per Playbook Step operation, plus the types they
 * exchange. The node and the CLI tools import the playbook only from here, so its folders can change
 * without touching them.
 */
export { acknowledge, type AcknowledgeOptions, type AcknowledgeResult } from './steps/acknowledge';
export { assess, type AssessOptions, type AssessResult } from './steps/assess/assess';
export type { SituationBrief } from './steps/assess/SituationBrief';
export { assign, type AssignOptions, type AssignResult, type Assignment } from './steps/assign';
export type {
	Authority,
	CaseRecord,
	CaseDeadlines,
	ResponseTask,
	TimelineEntry,
} from './case/CaseRecord';
export {
	checkDeadlines,
	type CheckDeadlinesOptions,
	type CheckDeadlinesResult,
} from './steps/checkDeadlines/checkDeadlines';
export type { DeadlineAlert } from './steps/checkDeadlines/deadlineAlert';
export {
	DEFAULT_DEADLINE_POLICY,
	DEFAULT_DEADLINE_TARGETS,
	type DeadlinePolicyInput,
	type DeadlineTargetsInput,
} from './deadlines/DeadlinePolicy';
export type { IncidentAlert } from './reading/IncidentAlert';
export type { MessageOptions } from './rendering/drafts/MessageOptions';
export type {
	ChatPayload,
	EmailPayload,
	ReplyPayload,
	TicketPayload,
} from './rendering/payloads/Payloads';
export { FieldError } from '../errors/FieldError';
export type { InputFailure } from './reading/inputFailureOf';
export { readSubject } from './reading/readSubject';
export type { LanguageOption } from './rendering/drafts/resolveLanguage';
export type { Person } from './routing/Person';
export type { RotaEntryInput } from './routing/onCallRota';
export type { RoutingRuleInput } from './routing/RoutingRule';
export { recordResponse, type RecordResponseOptions } from './steps/recordResponse';
export {
	respondToEvery,
	type RespondToEveryOptions,
	type RespondToEveryResult,
} from './steps/respondToEvery';
export { setDeadline, type SetDeadlineOptions, type SetDeadlineResult } from './steps/setDeadline';
export {
	takePrivate,
	type PrivateChannel,
	type TakePrivateOptions,
	type TakePrivateResult,
} from './steps/takePrivate';
export {
	TEMPLATE_NAMES,
	TEMPLATE_PLACEHOLDERS,
	type TemplateLanguage,
	type TemplateName,
	type TemplateOverrides,
	type Tone,
} from './rendering/templates/MessageTemplates';
export { watch, type WatchOptions, type WatchResult } from './steps/watch/watch';
