import { buildChat } from '../rendering/payloads/buildChat';
import type { CaseRecord } from '../case/CaseRecord';
import { replyLimit } from '../rendering/payloads/channels';
import { draftContext } from '../rendering/drafts/draftContext';
import { escapeSlack } from '../rendering/escaping/escapeSlack';
import { findNonApologies } from '../rendering/drafts/findNonApologies';
import type { MessageOptions } from '../rendering/drafts/MessageOptions';
import { messageValues } from '../rendering/drafts/messageValues';
import { withLanguageNote } from '../rendering/drafts/otherLanguageNote';
import { withPromisedUpdate } from '../rendering/drafts/nextUpdate';
import type { ChatPayload, ReplyPayload } from '../rendering/payloads/Payloads';
import { isoUtc, readInstant } from '../reading/readInstant';
import { readSubject } from '../reading/readSubject';
import { recordStep } from '../case/recordStep';
import type { TemplateLanguage, Tone } from '../rendering/templates/MessageTemplates';
import { renderMessage } from '../rendering/templates/renderMessage';

export type AcknowledgeOptions = MessageOptions;

export interface AcknowledgeResult {
	case: CaseRecord;
	language: TemplateLanguage;
	tone: Tone;
	drafts: { apology: string; holdingStatement: string };
	/** For a mention: the apology as a reply to it. An incident gets a public statement (drafts.apology) instead. */
	reply?: ReplyPayload;
	/** The drafts for the team to review before anything is published. */
	chat: ChatPayload;
	/** Publishing needs approval unless the case owner was given publish authority by Assign. */
	needsApproval: boolean;
	/** Non-apology phrases in (rewritten) templates, replies longer than the channel takes. */
	warnings: string[];
}

/** Acknowledge: an apology that says plainly what went wrong, and a holding statement, in EN or TR. */
export function acknowledge(
	item: unknown,
	options: AcknowledgeOptions,
	now: Date | string,
): AcknowledgeResult {
	const nowInstant = readInstant(now, 'now');
	const context = draftContext(readSubject(item), options);
	const { mention, pack, tone, language } = context;
	const apologyTemplate = mention ? 'apologyReply' : 'apologyStatement';
	const promised = withPromisedUpdate(
		context.record,
		[pack.templates[apologyTemplate][tone], pack.templates.holdingStatement[tone]],
		options.nextUpdateEvery,
		nowInstant,
	);
	const values = messageValues(promised, mention, pack, options);
	const apology = renderMessage(pack, apologyTemplate, tone, values);
	const holdingStatement = renderMessage(pack, 'holdingStatement', tone, values);

	const warnings = [
		...findNonApologies(apology, pack).map(
			(p) =>
				`The apology contains "${p}", which reads as a non-apology; say plainly what went wrong.`,
		),
		...findNonApologies(holdingStatement, pack).map(
			(p) => `The holding statement contains "${p}", which reads as a non-apology.`,
		),
	];
	const limit = mention ? replyLimit(mention.source) : undefined;
	if (limit !== undefined && apology.length > limit)
		warnings.push(`The reply is ${apology.length} characters; ${mention?.source} takes ${limit}.`);

	const record = recordStep(promised, {
		step: 'acknowledge',
		key: `acknowledge:${language}:${tone}`,
		at: isoUtc(nowInstant),
		summary: `Acknowledgement drafted (${language}, ${tone})`,
	}).case;
	const needsApproval = record.authority !== 'publish';
	const chat = buildChat(
		`Acknowledgement drafts · case ${escapeSlack(record.caseId)} (${record.level})${needsApproval ? ' · needs approval' : ''}`,
		[
			`*Apology*\n${quote(apology)}`,
			`*Holding statement*\n${quote(holdingStatement)}`,
			warnings.map((w) => `:warning: ${escapeSlack(w)}`).join('\n'),
		],
		`${language.toUpperCase()} · ${tone}`,
	);
	const result: AcknowledgeResult = {
		case: record,
		language,
		tone,
		drafts: { apology, holdingStatement },
		chat,
		needsApproval,
		warnings,
	};
	if (mention)
		result.reply = withLanguageNote(
			{ text: apology, channel: mention.source, inReplyTo: mention.id },
			mention,
			language,
		);
	return result;
}

function quote(text: string): string {
	return escapeSlack(text)
		.split('\n')
		.map((line) => `> ${line}`)
		.join('\n');
}
