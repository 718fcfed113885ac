import { DateTime } from 'luxon';
import type { CaseRecord } from './CaseRecord';
import { channelName } from './channels';
import { formatDeadline } from './deadlines/formatDeadline';
import { escapeReplyValue } from './escapePlainText';
import type { MessageOptions } from './MessageOptions';
import type { ScoredMention } from './ScoredMention';
import type { LanguagePack, Placeholder } from './templates/MessageTemplates';
import { PlaybookInputError } from './PlaybookInputError';
import type { CategoryName } from '../scoring/CrisisScore';

/** Values for the template placeholders; a value that is not known here stays undefined and the renderer names it. */
export function messageValues(
	record: CaseRecord,
	mention: ScoredMention | undefined,
	pack: LanguagePack,
	options: MessageOptions,
	extra: Partial<Record<Placeholder, string>> = {},
): Record<Placeholder, string | undefined> {
	const topCategory = (mention?.crisis?.categories[0]?.name ?? record.categories[0]) as CategoryName | undefined;
	const deadline =
		extra.deadline ?? (record.deadlines ? formatDeadline(record.deadlines.resolutionDue, record.deadlines.timeZone, pack) : undefined);
	return {
		author: mention ? authorOf(mention) : undefined,
		brand: options.brand?.trim() || record.brand,
		caseId: record.caseId,
		deadline,
		channel: mention ? channelName(mention.source) : undefined,
		issue: options.issue?.trim() || (topCategory && pack.categoryIssue[topCategory]) || pack.genericIssue,
		nextUpdate: undefined,
		email: options.supportEmail?.trim() || undefined,
		phone: options.supportPhone?.trim() || undefined,
		dmHandle: options.dmHandle?.trim() || undefined,
		...extra,
	};
}

/**
 * How the author is addressed in a public reply: an @handle on networks that use them, a name elsewhere;
 * either is one line without hidden characters.
 */
export function authorOf(mention: ScoredMention): string {
	if (mention.source === 'reddit' || mention.source === 'appstore' || mention.source === 'youtube' || mention.source === 'rss' || mention.source === 'googleplay' || mention.source === 'facebook') {
		return escapeReplyValue(mention.author.name?.trim() || mention.author.handle);
	}
	const handle = handleOf(mention);
	return handle === '' ? '' : `@${handle}`;
}

/**
 * The poster's handle as one word without the @, for a reply or a direct message: a handle like
 * `ayla @victim` must not make us mention or message someone else.
 */
export function handleOf(mention: ScoredMention): string {
	return escapeReplyValue(mention.author.handle).split(' ')[0].replace(/^@+/, '');
}

/**
 * The next regular update time: the case's level start plus whole `every` intervals, the first one after
 * now. Anchoring on the case (not on now) means a rerun within the same interval writes the same text.
 */
export function nextUpdateAt(record: CaseRecord, everyMinutes: number, now: DateTime, pack: LanguagePack, timeZone: string): string {
	if (!(everyMinutes > 0)) throw new PlaybookInputError('nextUpdateEvery', 'must be a positive duration');
	const start = DateTime.fromISO(record.levelSince, { zone: 'utc' });
	const elapsed = Math.max(0, now.toMillis() - start.toMillis());
	const steps = Math.floor(elapsed / (everyMinutes * 60_000)) + 1;
	const next = start.plus({ minutes: steps * everyMinutes });
	return formatDeadline(next.toUTC().toISO() as string, timeZone, pack);
}
