import type { CaseDeadlines, CaseRecord } from '../case/CaseRecord';
import { buildChat } from '../rendering/payloads/buildChat';
import { type DeadlinePolicyInput, readDeadlinePolicy } from '../deadlines/DeadlinePolicy';
import { ensureDeadlines } from '../deadlines/ensureDeadlines';
import { formatDeadline } from '../deadlines/formatDeadline';
import { escapeSlack } from '../rendering/escaping/escapeSlack';
import { openCase } from '../case/openCase';
import type { ChatPayload } from '../rendering/payloads/Payloads';
import { isoUtc, readInstant } from '../reading/readInstant';
import { readSubject } from '../reading/readSubject';
import { recordStep } from '../case/recordStep';
import { en } from '../rendering/templates/en';

export type SetDeadlineOptions = DeadlinePolicyInput;

export interface SetDeadlineResult {
	case: CaseRecord;
	deadlines: CaseDeadlines;
	/** Due times in the policy's zone, as people read them. */
	firstResponseLocal: string;
	resolutionLocal: string;
	chat: ChatPayload;
}

/** Set Deadline: first-response and resolution due times for the item's case, by level and calendar. */
export function setDeadline(
	item: unknown,
	options: SetDeadlineOptions,
	now: Date | string,
): SetDeadlineResult {
	const at = isoUtc(readInstant(now, 'now'));
	const policy = readDeadlinePolicy(options);
	const withDeadlines = ensureDeadlines(openCase(readSubject(item)), policy);
	const deadlines = withDeadlines.deadlines as CaseDeadlines;
	const firstResponseLocal = formatDeadline(deadlines.firstResponseDue, deadlines.timeZone, en);
	const resolutionLocal = formatDeadline(deadlines.resolutionDue, deadlines.timeZone, en);
	const recorded = recordStep(withDeadlines, {
		step: 'setDeadline',
		key: `setDeadline:${deadlines.level}:${deadlines.firstResponseDue}:${deadlines.resolutionDue}`,
		at,
		summary: `Deadlines (${deadlines.level}${deadlines.roundTheClock ? ', 24/7' : ', business hours'}): first response ${firstResponseLocal}, resolution ${resolutionLocal}`,
	});
	const brand = recorded.case.brand ? ` · ${escapeSlack(recorded.case.brand)}` : '';
	const chat = buildChat(
		`Case ${escapeSlack(recorded.case.caseId)}: deadlines set (${deadlines.level})`,
		[
			`*First response by:* ${escapeSlack(firstResponseLocal)}\n*Resolution by:* ${escapeSlack(resolutionLocal)}`,
		],
		`${deadlines.roundTheClock ? 'Clock runs 24/7' : 'Clock runs in business hours'} · ${escapeSlack(deadlines.timeZone)}${brand}`,
	);
	return { case: recorded.case, deadlines, firstResponseLocal, resolutionLocal, chat };
}
