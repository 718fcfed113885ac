import type { CaseRecord } from './CaseRecord';
import { escapeMarkdown } from './escapeMarkdown';
import type { TicketPayload } from './Payloads';
import { ticketPriority } from './ticketPriority';

/**
 * A ticket for the case. `summary` is user-derived text (escaped here); `details` is markdown the
 * caller built with escaped user text. Labels let GitHub Issues and Zendesk tags filter by case and level.
 */
export function buildCaseTicket(record: CaseRecord, summary: string, details: string, dueAt?: string): TicketPayload {
	// Titles are one line in every tracker; a brand with a line break would cut this one short.
	const brand = record.brand ? `${oneLine(record.brand)}: ` : '';
	const title = `[${record.level.toUpperCase()}] ${brand}${oneLine(summary)} (${record.caseId})`;
	const facts = [
		`**Case:** ${record.caseId}`,
		`**Level:** ${record.level}`,
		`**Status:** ${record.status}`,
		record.owner ? `**Owner:** ${escapeMarkdown(record.owner.person)} (${escapeMarkdown(record.owner.team)})` : '**Owner:** unassigned',
		record.deadlines ? `**First response due:** ${record.deadlines.firstResponseDue}` : '',
		record.deadlines ? `**Resolution due:** ${record.deadlines.resolutionDue}` : '',
	].filter((line) => line !== '');
	const ticket: TicketPayload = {
		title,
		description: `${facts.join('  \n')}\n\n${details}`.trim(),
		...ticketPriority(record.level),
		labels: labelsFor(record),
	};
	const due = dueAt ?? record.deadlines?.resolutionDue;
	if (due) ticket.dueAt = due;
	if (record.owner) ticket.assignee = record.owner.email ?? record.owner.person;
	return ticket;
}

function labelsFor(record: CaseRecord): string[] {
	return ['crisis-desk', `level-${record.level}`, record.caseId.toLowerCase(), ...record.categories.map((c) => `category-${c}`)];
}

function oneLine(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length <= 120 ? flat : `${flat.slice(0, 119)}…`;
}
