/** The playbook core's public surface: one function per Playbook Step operation, plus the types they exchange. */
export { acknowledge, type AcknowledgeOptions, type AcknowledgeResult } from './acknowledge';
export { assess, type AssessOptions, type AssessResult } from './assess';
export type { SituationBrief } from './assess/SituationBrief';
export { assign, type AssignOptions, type AssignResult, type Assignment } from './assign';
export type { CaseRecord, CaseDeadlines, ResponseTask, TimelineEntry } from './CaseRecord';
export { checkDeadlines, type CheckDeadlinesOptions, type CheckDeadlinesResult, type DeadlineAlert } from './checkDeadlines';
export { DEFAULT_DEADLINE_POLICY, DEFAULT_DEADLINE_TARGETS, type DeadlinePolicyInput } from './deadlines/DeadlinePolicy';
export type { IncidentEvent } from './IncidentEvent';
export type { MessageOptions } from './MessageOptions';
export type { ChatPayload, EmailPayload, ReplyPayload, TicketPayload } from './Payloads';
export { FieldError } from '../errors/FieldError';
export { readSubject } from './readSubject';
export { recordResponse, type RecordResponseOptions } from './recordResponse';
export { respondToEvery, type RespondToEveryOptions, type RespondToEveryResult } from './respondToEvery';
export { setDeadline, type SetDeadlineOptions, type SetDeadlineResult } from './setDeadline';
export { takePrivate, type TakePrivateOptions, type TakePrivateResult } from './takePrivate';
export { TEMPLATE_NAMES, TEMPLATE_PLACEHOLDERS, type TemplateOverrides, type Tone } from './templates/MessageTemplates';
export { watch, type WatchOptions, type WatchResult } from './watch';
