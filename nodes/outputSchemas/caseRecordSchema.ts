import { boolean, integer, list, object, text, type JsonSchema } from './JsonSchema';

// The case a Playbook Step carries from step to step (nodes/core/playbook/case/CaseRecord.ts).

const owner = object({ person: text, team: text, assignedBy: text }, { email: text, handle: text });

export const deadlinesSchema: JsonSchema = object(
	{
		level: text,
		startedAt: text,
		firstResponseDue: text,
		resolutionDue: text,
		timeZone: text,
		roundTheClock: boolean,
	},
	{ cappedBy: object({ level: text, firstResponseDue: text, resolutionDue: text }) },
);

export const responseTaskSchema: JsonSchema = object(
	{
		mentionId: text,
		author: text,
		channel: text,
		url: text,
		startedAt: text,
		dueAt: text,
		status: text,
	},
	{ doneAt: text },
);

const timelineEntry = object(
	{ key: text, step: text, at: text, summary: text },
	{ escalatedTo: text },
);

export const caseRecordSchema: JsonSchema = object(
	{
		caseId: text,
		origin: object({ kind: text, id: text }),
		level: text,
		levelSince: text,
		status: text,
		openedAt: text,
		escalationChain: list(text),
		escalationIndex: integer,
		categories: list(text),
		mentionIds: list(text),
		tasks: list(responseTaskSchema),
		timeline: list(timelineEntry),
	},
	{
		brand: text,
		owner,
		authority: text,
		deadlines: deadlinesSchema,
		firstResponseAt: text,
		resolvedAt: text,
		language: text,
		nextUpdateAt: text,
	},
);
