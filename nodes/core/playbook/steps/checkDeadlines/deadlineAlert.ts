import type { RiskLevel } from '../../../scoring/CrisisScore';
import type { CaseRecord } from '../../case/CaseRecord';
import { formatDeadline } from '../../deadlines/formatDeadline';
import { isEmailAddress } from '../../reading/readFields';
import { escapeSlack } from '../../rendering/escaping/escapeSlack';
import { buildChat } from '../../rendering/payloads/buildChat';
import { buildEmail } from '../../rendering/payloads/buildEmail';
import type { ChatPayload, EmailPayload } from '../../rendering/payloads/Payloads';
import { en } from '../../rendering/templates/en';
import { type Clock, clockLabel, type DeadlineKind } from './caseClocks';

export interface DeadlineAlert {
	/** Index of the input item, for pairedItem. */
	index: number;
	caseId: string;
	kind: DeadlineKind;
	mentionId?: string;
	state: 'breached' | 'warning';
	level: RiskLevel;
	dueAt: string;
	dueLocal: string;
	/** Negative once breached. */
	minutesLeft: number;
	/** Who to tell: the current holder for a warning, the next person of the escalation chain for a breach. */
	notify?: string;
	/** False when an earlier run already raised this alert (the case timeline has it): notify only on new ones. */
	isNew: boolean;
	chat: ChatPayload;
	/** The same alert as an e-mail, escaped; `to` is the person to notify when that is an address, else empty. */
	email: EmailPayload;
}

/** The alert for one clock: who to tell, by chat and by e-mail, with the due time in the case's time zone. */
export function alertFor(
	index: number,
	record: CaseRecord,
	clock: Clock,
	state: 'breached' | 'warning',
	notify: string | undefined,
	isNew: boolean,
	nowMs: number,
): DeadlineAlert {
	const timeZone = record.deadlines?.timeZone ?? 'UTC';
	const dueLocal = formatDeadline(clock.dueAt, timeZone, en);
	const minutesLeft = Math.round((Date.parse(clock.dueAt) - nowMs) / 60_000);
	const timing = minutesLeft < 0 ? `${-minutesLeft} min overdue` : `${minutesLeft} min left`;
	const who = notify ? escapeSlack(notify) : 'nobody (no owner or escalation chain)';
	const chat = buildChat(
		`${state === 'breached' ? 'Breached' : 'Due soon'}: ${escapeSlack(clockLabel(clock))} · case ${escapeSlack(record.caseId)} (${record.level})`,
		[
			`*Due:* ${escapeSlack(dueLocal)} (${timing})\n*${state === 'breached' ? 'Escalated to' : 'Holder'}:* ${who}`,
		],
		record.brand ? escapeSlack(record.brand) : undefined,
	);
	const what =
		clock.kind === 'task'
			? `reply to ${clock.mentionId}`
			: clock.kind === 'firstResponse'
				? 'first response'
				: 'resolution';
	const email = buildEmail(
		notify && isEmailAddress(notify) ? notify : '',
		`[Crisis Desk] ${state === 'breached' ? 'Breached' : 'Due soon'}: ${what} · case ${record.caseId} (${record.level})`,
		[
			`Case ${record.caseId} (${record.level}${record.brand ? `, ${record.brand}` : ''})`,
			`Due: ${dueLocal} (${timing})`,
			`${state === 'breached' ? 'Escalated to' : 'Holder'}: ${notify ?? 'nobody in the escalation chain'}`,
		],
	);
	const alert: DeadlineAlert = {
		index,
		caseId: record.caseId,
		kind: clock.kind,
		state,
		level: record.level,
		dueAt: clock.dueAt,
		dueLocal,
		minutesLeft,
		isNew,
		chat,
		email,
	};
	if (clock.mentionId) alert.mentionId = clock.mentionId;
	if (notify) alert.notify = notify;
	return alert;
}
