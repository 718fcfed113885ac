import { boolean, integer, number, object, text, type JsonSchema } from './JsonSchema';

// The Mention shape (nodes/core/mention/Mention.ts): what Mention Fetch and Mention Trigger put out.

const author = object(
	{ handle: text },
	{ id: text, name: text, followers: number, verified: boolean, url: text },
);

const engagement = object({ likes: number, replies: number, shares: number });

const alwaysThere = {
	id: text,
	source: text,
	url: text,
	text,
	createdAt: text,
	author,
	engagement,
	tagged: boolean,
	query: text,
};

const sometimesThere = {
	language: text,
	createdAtEstimated: boolean,
	indexedAt: text,
	inReplyTo: text,
	rating: integer,
	brandReplied: boolean,
	brandRepliedAt: text,
};

export const mentionSchema: JsonSchema = object(alwaysThere, sometimesThere);

/** Items other than Mentions can be scored (field mapping): a Mention's fields may be there, none must. */
export const anyMentionSchema: JsonSchema = object({}, { ...alwaysThere, ...sometimesThere });
