import type { CaseRecord, PlaybookStepName, TimelineEntry } from './CaseRecord';
import { escapeLine } from '../rendering/escaping/escapePlainText';

/** A summary names ids, reasons and people that came from posts; workflows show it in e-mails and tables. */
const SUMMARY_LIMIT = 500;

/**
 * Appends a timeline entry unless one with the same key is already there, which is what makes running a
 * step twice on the same case harmless. Returns the (new) case and the entry that stands for this step.
 */
export function recordStep(
	record: CaseRecord,
	entry: { step: PlaybookStepName; key: string; at: string; summary: string; escalatedTo?: string },
): { case: CaseRecord; entry: TimelineEntry; isNew: boolean } {
	const existing = record.timeline.find((e) => e.key === entry.key);
	if (existing) return { case: record, entry: existing, isNew: false };
	const added: TimelineEntry = {
		key: entry.key,
		step: entry.step,
		at: entry.at,
		summary: escapeLine(entry.summary, SUMMARY_LIMIT),
	};
	if (entry.escalatedTo !== undefined) added.escalatedTo = entry.escalatedTo;
	return { case: { ...record, timeline: [...record.timeline, added] }, entry: added, isNew: true };
}
