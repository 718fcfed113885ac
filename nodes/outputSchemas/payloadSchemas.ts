import { integer, list, object, text, type JsonSchema } from './JsonSchema';

// The payloads a Playbook Step makes for the nodes that send them (nodes/core/playbook/rendering/payloads/Payloads.ts).

export const ticketSchema: JsonSchema = object(
	{ title: text, description: text, priority: text, priorityNumber: integer, labels: list(text) },
	{ dueAt: text, assignee: text },
);

export const emailSchema: JsonSchema = object({ to: text, subject: text, text, html: text });

export const chatSchema: JsonSchema = object({ text, blocks: list(object({ type: text })) });

export const replySchema: JsonSchema = object(
	{ text, channel: text },
	{ inReplyTo: text, languageNote: text },
);
