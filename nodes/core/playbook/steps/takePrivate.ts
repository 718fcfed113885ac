import { buildCaseTicket } from '../rendering/payloads/buildCaseTicket';
import { buildChat } from '../rendering/payloads/buildChat';
import type { CaseRecord } from '../case/CaseRecord';
import { channelName } from '../rendering/payloads/channels';
import { draftContext } from '../rendering/drafts/draftContext';
import { buildEmail } from '../rendering/payloads/buildEmail';
import { clip } from '../rendering/escaping/clip';
import { escapeMarkdown, markdownLink } from '../rendering/escaping/escapeMarkdown';
import { escapeSlack } from '../rendering/escaping/escapeSlack';
import type { MessageOptions } from '../rendering/drafts/MessageOptions';
import { authorOf, handleOf, messageValues } from '../rendering/drafts/messageValues';
import { withPromisedUpdate } from '../rendering/drafts/nextUpdate';
import { withLanguageNote } from '../rendering/drafts/otherLanguageNote';
import type {
	ChatPayload,
	EmailPayload,
	ReplyPayload,
	TicketPayload,
} from '../rendering/payloads/Payloads';
import { FieldError } from '../../errors/FieldError';
import { optionalEmailAddress } from '../reading/readFields';
import { isoUtc, readInstant } from '../reading/readInstant';
import { readSubject } from '../reading/readSubject';
import { recordStep } from '../case/recordStep';
import type { TemplateName } from '../rendering/templates/MessageTemplates';
import { renderMessage } from '../rendering/templates/renderMessage';

export type PrivateChannel = 'dm' | 'email' | 'phone';

export interface TakePrivateOptions extends MessageOptions {
	/** Where the public reply asks the person to continue. Default dm. */
	via?: PrivateChannel;
	/** Team inbox that gets the case by e-mail (optional). */
	notifyEmail?: string;
}

export interface TakePrivateResult {
	case: CaseRecord;
	/** The public reply asking to continue privately, with the case reference. */
	reply: ReplyPayload;
	/** The private message itself: asks for contact details (and warns not to send passwords). */
	contactRequest: { via: PrivateChannel; to: string; text: string };
	ticket: TicketPayload;
	chat: ChatPayload;
	email?: EmailPayload;
}

const REPLY_TEMPLATE: Record<PrivateChannel, TemplateName> = {
	dm: 'privateReplyDm',
	email: 'privateReplyEmail',
	phone: 'privateReplyPhone',
};
const REQUIRED: Record<PrivateChannel, { option: keyof TakePrivateOptions; what: string }> = {
	dm: { option: 'dmHandle', what: 'the account people should DM' },
	email: { option: 'supportEmail', what: 'the support e-mail address' },
	phone: { option: 'supportPhone', what: 'the support phone number' },
};

/** Take Private: move the conversation off the public thread, with a case reference and a ticket. */
export function takePrivate(
	item: unknown,
	options: TakePrivateOptions,
	now: Date | string,
): TakePrivateResult {
	const nowInstant = readInstant(now, 'now');
	const at = isoUtc(nowInstant);
	const via = options.via ?? 'dm';
	if (!(via in REPLY_TEMPLATE)) throw new FieldError('via', 'expected dm, email or phone');
	const required = REQUIRED[via];
	const given = options[required.option];
	if (typeof given !== 'string' || given.trim() === '') {
		throw new FieldError(
			required.option,
			`set ${required.what} to take a conversation private by ${via}`,
		);
	}
	const notifyEmail = optionalEmailAddress(options.notifyEmail, 'notifyEmail');
	const subject = readSubject(item);
	if (subject.kind !== 'mention') {
		throw new FieldError(
			'item',
			'Take Private needs a mention (someone to reply to), not an incident or a bare case',
		);
	}
	const context = draftContext(subject, options);
	const mention = subject.mention;
	const { pack, tone } = context;
	const promised = withPromisedUpdate(
		context.record,
		[pack.templates[REPLY_TEMPLATE[via]][tone], pack.templates.contactRequest[tone]],
		options.nextUpdateEvery,
		nowInstant,
	);
	const values = messageValues(promised, mention, pack, options);
	const replyText = renderMessage(pack, REPLY_TEMPLATE[via], tone, values);
	const requestText = renderMessage(pack, 'contactRequest', tone, values);

	const record = recordStep(
		{ ...promised, status: promised.status === 'resolved' ? 'resolved' : 'responding' },
		{
			step: 'takePrivate',
			key: `takePrivate:${mention.id}:${via}`,
			at,
			summary: `Asked ${authorOf(mention)} to continue by ${via}`,
		},
	).case;

	const channel = channelName(mention.source);
	const author = authorOf(mention);
	const details = [
		`**Author:** ${escapeMarkdown(author)}${mention.author.followers !== undefined ? ` (${mention.author.followers} followers)` : ''}`,
		`**Channel:** ${escapeMarkdown(channel)}${mention.url ? ` · ${markdownLink(mention.url, 'link')}` : ''}`,
		`**Continue by:** ${via}`,
		'',
		'**What they wrote**',
		'',
		quoteMarkdown(mention.text),
		'',
		'**Our public reply**',
		'',
		quoteMarkdown(replyText),
	].join('\n');
	const ticket = buildCaseTicket(record, `${author} on ${channel} continues by ${via}`, details);
	const chat = buildChat(
		`Taken private · case ${escapeSlack(record.caseId)} (${record.level}) · ${escapeSlack(author)} on ${escapeSlack(channel)}`,
		[
			`*They wrote*\n> ${escapeSlack(clip(mention.text))}`,
			`*Our reply*\n> ${escapeSlack(clip(replyText))}`,
		],
		`Continue by ${via}`,
	);
	const result: TakePrivateResult = {
		case: record,
		reply: withLanguageNote(
			{ text: replyText, channel: mention.source, inReplyTo: mention.id },
			mention,
			context.language,
		),
		contactRequest: { via, to: handleOf(mention), text: requestText },
		ticket,
		chat,
	};
	if (notifyEmail) {
		result.email = buildEmail(
			notifyEmail,
			`[Crisis Desk] ${record.caseId}: ${author} continues by ${via}`,
			[
				`Case ${record.caseId} (${record.level}) was taken private by ${via}.`,
				`Author: ${author} on ${channel}`,
				...(mention.url ? [`Link: ${mention.url}`] : []),
				`They wrote: ${mention.text}`,
				`Our public reply: ${replyText}`,
			],
		);
	}
	return result;
}

function quoteMarkdown(text: string): string {
	return escapeMarkdown(text)
		.split('\n')
		.map((line) => `> ${line}`)
		.join('\n');
}
