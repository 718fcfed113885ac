import fc from 'fast-check';
import { FieldError } from '../../../../../nodes/core/errors/FieldError';
import type { CaseRecord } from '../../../../../nodes/core/playbook/case/CaseRecord';
import { escapeSlack } from '../../../../../nodes/core/playbook/rendering/escaping/escapeSlack';
import { channelName } from '../../../../../nodes/core/playbook/rendering/payloads/channels';
import type {
	ChatPayload,
	EmailPayload,
	TicketPayload,
} from '../../../../../nodes/core/playbook/rendering/payloads/Payloads';
import { acknowledge } from '../../../../../nodes/core/playbook/steps/acknowledge';
import { assess } from '../../../../../nodes/core/playbook/steps/assess/assess';
import { assign } from '../../../../../nodes/core/playbook/steps/assign';
import { checkDeadlines } from '../../../../../nodes/core/playbook/steps/checkDeadlines/checkDeadlines';
import { respondToEvery } from '../../../../../nodes/core/playbook/steps/respondToEvery';
import { setDeadline } from '../../../../../nodes/core/playbook/steps/setDeadline';
import { takePrivate } from '../../../../../nodes/core/playbook/steps/takePrivate';
import { watch } from '../../../../../nodes/core/playbook/steps/watch/watch';
import {
	forgedCaseFields,
	hostileIncident,
	hostileMention,
	hostileRouting,
	messageOptions,
} from '../../hostilePlaybookInput';

const NOW = new Date('2025-03-03T07:20:00Z');
/** A week later: every clock of the cases below has run out, so Check Deadlines writes its alerts. */
const LATE = '2025-03-10T07:20:00Z';

export interface Produced {
	chats: Array<{ chat: ChatPayload; labels: string[] }>;
	markdown: string[];
	tickets: TicketPayload[];
	emails: EmailPayload[];
	/** Public replies, direct messages and drafts. */
	plain: string[];
}

/** A step either succeeds or fails with a FieldError naming a field; anything else is a bug. */
function attempt<T>(step: () => T): T | undefined {
	try {
		return step();
	} catch (error) {
		expect(error).toBeInstanceOf(FieldError);
		return undefined;
	}
}

export const scenario = fc.record({
	mention: hostileMention,
	others: fc.array(hostileMention, { maxLength: 2 }),
	incident: hostileIncident,
	options: messageOptions,
	routing: hostileRouting,
	forged: forgedCaseFields,
	via: fc.constantFrom<'dm' | 'email' | 'phone'>('dm', 'email', 'phone'),
});

export type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** Every payload every step builds from one hostile scenario, grouped by output channel. */
export function produceAll(s: Scenario): Produced {
	const out: Produced = { chats: [], markdown: [], tickets: [], emails: [], plain: [] };
	const chat = (payload: ChatPayload | undefined, labels: string[] = []) =>
		payload && out.chats.push({ chat: payload, labels });
	const batch = [s.incident, s.mention, ...s.others];

	for (const subject of [s.mention, s.incident]) {
		const drafted = attempt(() => acknowledge(subject, s.options, NOW));
		chat(drafted?.chat);
		out.plain.push(
			...(drafted
				? [drafted.drafts.apology, drafted.drafts.holdingStatement, drafted.reply?.text ?? '']
				: []),
		);
	}
	const moved = attempt(() =>
		takePrivate(s.mention, { ...s.options, via: s.via, notifyEmail: 'crisis@acme.example' }, NOW),
	);
	if (moved) {
		chat(moved.chat);
		out.tickets.push(moved.ticket);
		if (moved.email) out.emails.push(moved.email);
		out.plain.push(moved.reply.text, moved.contactRequest.text);
	}
	const brief = attempt(() => assess(batch, { samples: 3 }, NOW));
	if (brief) {
		chat(
			brief.chat,
			brief.brief.representative.map((m) => escapeSlack(channelName(m.source)).replace(/\|/g, '¦')),
		);
		out.markdown.push(brief.markdown);
		out.tickets.push(brief.ticket);
	}
	const assigned = attempt(() => assign(s.mention, s.routing, NOW));
	if (assigned) {
		chat(assigned.chat);
		out.tickets.push(assigned.ticket);
		if (assigned.email) out.emails.push(assigned.email);
	}
	const tasks = attempt(() => respondToEvery(batch, s.options, NOW));
	for (const task of tasks?.tasks ?? []) {
		out.tickets.push(task.ticket);
		out.plain.push(task.reply.text);
	}
	chat(attempt(() => watch(batch, {}, NOW))?.chat);
	chat(attempt(() => setDeadline(s.mention, {}, NOW))?.chat);

	// Cases as the steps stored them, and one forged in a Data Table, read back by later steps.
	const stored = [tasks?.tasks[0]?.case, assigned?.case].filter(
		(c): c is CaseRecord => c !== undefined,
	);
	const cases = assigned ? [...stored, { ...assigned.case, ...s.forged }] : stored;
	for (const alert of attempt(() =>
		checkDeadlines(
			cases.map((c) => ({ case: c })),
			{},
			LATE,
		),
	)?.alerts ?? [])
		chat(alert.chat);
	for (const record of cases) {
		chat(attempt(() => setDeadline({ case: record }, {}, NOW))?.chat);
		chat(attempt(() => acknowledge({ case: record }, s.options, NOW))?.chat);
		const reassigned = attempt(() => assign({ case: record }, s.routing, NOW));
		chat(reassigned?.chat);
		if (reassigned) out.tickets.push(reassigned.ticket);
	}
	return out;
}

/** Runs of each every-step property: each run builds every payload of every step. */
export const RUNS = { numRuns: 120 };
