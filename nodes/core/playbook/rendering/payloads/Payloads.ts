/** Payloads shaped for the n8n nodes that send them; all plain data. */

export type TicketPriorityName = 'Highest' | 'High' | 'Medium' | 'Low';

/** Maps onto Jira (priority name), Zendesk/Freshdesk (urgent…low via priorityNumber), GitHub Issues (labels). */
export interface TicketPayload {
	title: string;
	/** Markdown; user text inside is escaped. */
	description: string;
	priority: TicketPriorityName;
	/** 1 = most urgent … 4 = least. */
	priorityNumber: 1 | 2 | 3 | 4;
	labels: string[];
	dueAt?: string;
	assignee?: string;
}

export interface EmailPayload {
	to: string;
	subject: string;
	text: string;
	/** User text inside is HTML-escaped. */
	html: string;
}

export interface SlackBlock {
	type: string;
	[key: string]: unknown;
}

export interface ChatPayload {
	/** Slack mrkdwn (readable as plain text in Teams/Mattermost); user text inside is escaped. */
	text: string;
	blocks: SlackBlock[];
}

export interface ReplyPayload {
	/** Plain text for the public reply. */
	text: string;
	channel: string;
	inReplyTo?: string;
	/** Only when a language model read the mention as another language than the reply's: say so (otherLanguageNote). */
	languageNote?: string;
}
