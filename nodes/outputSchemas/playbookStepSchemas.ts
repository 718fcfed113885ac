import {
	boolean,
	extend,
	integer,
	list,
	number,
	object,
	text,
	type JsonSchema,
} from './JsonSchema';
import { caseRecordSchema, deadlinesSchema, responseTaskSchema } from './caseRecordSchema';
import { scoredMentionSchema } from './crisisScoreSchemas';
import { chatSchema, emailSchema, replySchema, ticketSchema } from './payloadSchemas';

// What each Playbook Step operation puts on its first output (nodes/core/playbook/steps/**, nodes/PlaybookStep/actions/**).

/** A step that works item by item keeps the item's fields (a scored mention, usually) and adds its result. */
const carriedItem = object({}, scoredMentionSchema.properties);

const inItem = (required: Record<string, JsonSchema>, optional: Record<string, JsonSchema> = {}) =>
	extend(carriedItem, { case: caseRecordSchema, ...required }, optional);

const brief = object(
	{
		caseId: text,
		level: text,
		language: text,
		what: object({
			categories: list(object({ name: text, count: integer })),
			sentiment: object({
				negative: integer,
				neutral: integer,
				positive: integer,
				unscored: integer,
			}),
			phrases: list(text),
			reasons: list(text),
		}),
		where: object({
			sources: list(object({ source: text, count: integer })),
			tagged: integer,
			untagged: integer,
		}),
		howMany: object({ mentions: integer, negative: integer, authors: integer, engagement: number }),
		since: object({}, { first: text, last: text, firstLocal: text }),
		trend: object({ label: text, recent: integer, previous: integer, windowMinutes: number }),
		representative: list(
			object({
				id: text,
				source: text,
				author: text,
				text,
				url: text,
				risk: number,
				level: text,
				createdAt: text,
			}),
		),
		openQuestions: list(text),
	},
	{ brand: text },
);

const watchPlan = object({
	level: text,
	keywords: list(text),
	hashtags: list(text),
	authors: list(object({ handle: text, source: text, mentions: integer }, { followers: number })),
	untaggedQueries: list(text),
	pollIntervalMinutes: number,
	tagged: integer,
	untagged: integer,
});

const assignment = object(
	{
		team: text,
		ownerFrom: text,
		rule: text,
		escalationChain: list(text),
		authority: text,
		needsApproval: boolean,
		reason: text,
	},
	{ owner: text, approver: text },
);

const deadlineAlert = object(
	{
		caseId: text,
		kind: text,
		state: text,
		level: text,
		dueAt: text,
		dueLocal: text,
		minutesLeft: number,
		isNew: boolean,
		email: emailSchema,
	},
	{ mentionId: text, notify: text },
);

export const playbookStepSchemas: Record<string, JsonSchema> = {
	acknowledge: inItem(
		{
			language: text,
			tone: text,
			drafts: object({ apology: text, holdingStatement: text }),
			chat: chatSchema,
			needsApproval: boolean,
			warnings: list(text),
		},
		{ reply: replySchema },
	),
	assess: object({
		case: caseRecordSchema,
		brief,
		markdown: text,
		chat: chatSchema,
		ticket: ticketSchema,
	}),
	assign: inItem({ assignment, chat: chatSchema, ticket: ticketSchema }, { email: emailSchema }),
	checkDeadlines: inItem({ alert: deadlineAlert, chat: chatSchema }),
	recordResponse: inItem({}),
	respondToEvery: inItem({
		task: responseTaskSchema,
		reply: replySchema,
		ticket: ticketSchema,
		reason: text,
	}),
	setDeadline: inItem({
		deadlines: deadlinesSchema,
		firstResponseLocal: text,
		resolutionLocal: text,
		chat: chatSchema,
	}),
	takePrivate: inItem(
		{
			reply: replySchema,
			contactRequest: object({ via: text, to: text, text }),
			ticket: ticketSchema,
			chat: chatSchema,
		},
		{ email: emailSchema },
	),
	watch: object({ case: caseRecordSchema, watch: watchPlan, chat: chatSchema }),
};
