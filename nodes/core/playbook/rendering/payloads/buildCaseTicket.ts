import type { CaseRecord } from '../../case/CaseRecord';
import { capMarkdown, escapeMarkdown } from '../escaping/escapeMarkdown';
import { escapeTitle } from '../escaping/escapePlainText';
import type { TicketPayload } from './Payloads';
import { ticketPriority } from './ticketPriority';
import { truncate } from '../escaping/truncate';

/** Jira's summary holds 255 characters (GitHub's title 256). */
const TICKET_TITLE_LIMIT = 255;
/** GitHub label names hold 50 characters. */
const LABEL_LIMIT = 50;

/**
 * A ticket for the case. `summary` is plain text that may hold untrusted text (made one safe line here);
 * `details` is Markdown the caller built with escapeMarkdown. Labels let GitHub Issues and Zendesk tags
 * filter by case and level. Title and description are capped to what Jira accepts.
 */
export function buildCaseTicket(
	record: CaseRecord,
	summary: string,
	details: string,
	dueAt?: string,
): TicketPayload {
	// Each part is cut first so the case id at the end survives a long brand or summary; the whole is one escaped line.
	const brand = record.brand ? `${truncate(record.brand, 60)}: ` : '';
	const title = escapeTitle(
		`[${record.level.toUpperCase()}] ${brand}${truncate(summary, 120)} (${truncate(record.caseId, 40)})`,
		TICKET_TITLE_LIMIT,
	);
	const facts = [
		`**Case:** ${escapeMarkdown(record.caseId)}`,
		`**Level:** ${record.level}`,
		`**Status:** ${record.status}`,
		record.owner
			? `**Owner:** ${escapeMarkdown(record.owner.person)} (${escapeMarkdown(record.owner.team)})`
			: '**Owner:** unassigned',
		record.deadlines ? `**First response due:** ${record.deadlines.firstResponseDue}` : '',
		record.deadlines ? `**Resolution due:** ${record.deadlines.resolutionDue}` : '',
	].filter((line) => line !== '');
	const ticket: TicketPayload = {
		title,
		description: capMarkdown(`${facts.join('  \n')}\n\n${details}`.trim()),
		...ticketPriority(record.level),
		labels: labelsFor(record),
	};
	const due = dueAt ?? record.deadlines?.resolutionDue;
	if (due) ticket.dueAt = due;
	if (record.owner) ticket.assignee = record.owner.email ?? record.owner.person;
	return ticket;
}

function labelsFor(record: CaseRecord): string[] {
	const labels = [
		'crisis-desk',
		`level-${record.level}`,
		record.caseId,
		...record.categories.map((c) => `category-${c}`),
	].map(asLabel);
	return [...new Set(labels.filter((label) => label !== ''))];
}

/** Jira labels take no spaces and GitHub's take 50 characters: lower case, one dash for each run of anything else. */
function asLabel(text: string): string {
	return text
		.slice(0, LABEL_LIMIT)
		.toLowerCase()
		.replace(/[^a-z0-9._-]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
