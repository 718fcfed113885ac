import type { CaseRecord } from '../../case/CaseRecord';
import { channelName } from '../payloads/channels';
import { DEFAULT_DEADLINE_POLICY } from '../../deadlines/DeadlinePolicy';
import { formatDeadline } from '../../deadlines/formatDeadline';
import { escapeReplyValue } from '../escaping/escapePlainText';
import type { MessageOptions } from './MessageOptions';
import type { ScoredMention } from '../../reading/ScoredMention';
import type { LanguagePack, Placeholder } from '../templates/MessageTemplates';
import type { CategoryName } from '../../../scoring/CrisisScore';

/** Values for the template placeholders; a value that is not known here stays undefined and the renderer names it. */
export function messageValues(
	record: CaseRecord,
	mention: ScoredMention | undefined,
	pack: LanguagePack,
	options: MessageOptions,
	extra: Partial<Record<Placeholder, string>> = {},
): Record<Placeholder, string | undefined> {
	const topCategory = (mention?.crisis?.categories[0]?.name ?? record.categories[0]) as
		CategoryName | undefined;
	const timeZone = record.deadlines?.timeZone ?? DEFAULT_DEADLINE_POLICY.timeZone;
	const deadline =
		extra.deadline ??
		(record.deadlines ? formatDeadline(record.deadlines.resolutionDue, timeZone, pack) : undefined);
	return {
		author: mention ? authorOf(mention) : undefined,
		brand: options.brand?.trim() || record.brand,
		caseId: record.caseId,
		deadline,
		channel: mention ? channelName(mention.source) : undefined,
		issue:
			options.issue?.trim() ||
			(topCategory && pack.categoryIssue[topCategory]) ||
			pack.genericIssue,
		nextUpdate: record.nextUpdateAt
			? formatDeadline(record.nextUpdateAt, timeZone, pack)
			: undefined,
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
	if (
		mention.source === 'reddit' ||
		mention.source === 'appstore' ||
		mention.source === 'youtube' ||
		mention.source === 'rss' ||
		mention.source === 'googleplay' ||
		mention.source === 'facebook'
	) {
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
