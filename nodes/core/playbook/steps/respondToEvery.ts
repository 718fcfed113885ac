import type { RiskLevel } from '../../scoring/CrisisScore';
import { buildCaseTicket } from '../rendering/payloads/buildCaseTicket';
import { withCaseLanguage } from '../case/caseLanguage';
import type { CaseRecord, ResponseTask } from '../case/CaseRecord';
import { channelName } from '../rendering/payloads/channels';
import { dueAfter } from '../deadlines/computeDeadlines';
import { readDeadlinePolicy } from '../deadlines/DeadlinePolicy';
import { ensureDeadlines } from '../deadlines/ensureDeadlines';
import { formatDeadline } from '../deadlines/formatDeadline';
import { escapeMarkdown, markdownLink } from '../rendering/escaping/escapeMarkdown';
import { type InputFailure, inputFailureOf } from '../reading/inputFailureOf';
import { isRiskLevel, riskLevelRank } from '../../scoring/riskLevelRank';
import type { MessageOptions } from '../rendering/drafts/MessageOptions';
import { authorOf, messageValues } from '../rendering/drafts/messageValues';
import { withPromisedUpdate } from '../rendering/drafts/nextUpdate';
import { withLanguageNote } from '../rendering/drafts/otherLanguageNote';
import { MAX_CASE_MENTION_IDS, MAX_CASE_TASKS, openCase } from '../case/openCase';
import type { ReplyPayload, TicketPayload } from '../rendering/payloads/Payloads';
import { FieldError } from '../../errors/FieldError';
import { readBatch } from '../reading/readBatch';
import { isoUtc, readInstant } from '../reading/readInstant';
import { recordStep } from '../case/recordStep';
import { resolveLanguage } from '../rendering/drafts/resolveLanguage';
import type { ScoredMention } from '../reading/ScoredMention';
import { resolveLanguagePack } from '../rendering/templates/resolveLanguagePack';
import { renderMessage } from '../rendering/templates/renderMessage';
import { templatesFor } from '../rendering/templates/templatesFor';

export interface RespondToEveryOptions extends MessageOptions {
	/** Mentions at or above this level get a task even when their sentiment is not negative. Default high. */
	minLevel?: RiskLevel;
	/** Mentions that were never scored get a task (someone has to look). Default true. */
	includeUnscored?: boolean;
}

export interface ResponseTaskResult {
	/** Index of the input item, for pairedItem. */
	index: number;
	case: CaseRecord;
	task: ResponseTask;
	/** Draft first reply; a person reviews it before it goes out. */
	reply: ReplyPayload;
	ticket: TicketPayload;
	/** Why this mention needs a response. */
	reason: string;
}

export interface RespondToEveryResult {
	tasks: ResponseTaskResult[];
	skipped: Array<{ index: number; mentionId: string; reason: string }>;
	errors: InputFailure[];
}

/**
 * Respond to Every Mention: a response task with a due time and a draft reply for each mention that needs
 * one, so that with Check Deadlines none is forgotten. Every input item ends up in exactly one of
 * tasks, skipped or errors. Inside an incident (an incident event or a carried case in the batch) the
 * tasks go on that case, up to MAX_CASE_TASKS; every other mention gets a case of its own.
 */
export function respondToEvery(
	items: unknown[],
	options: RespondToEveryOptions,
	now: Date | string,
): RespondToEveryResult {
	const nowInstant = readInstant(now, 'now');
	const at = isoUtc(nowInstant);
	const minLevel = options.minLevel ?? 'high';
	if (!isRiskLevel(minLevel))
		throw new FieldError('minLevel', 'expected low, medium, high or critical');
	const tone = options.tone ?? 'formal';
	if (tone !== 'formal' && tone !== 'warm') throw new FieldError('tone', 'expected formal or warm');
	const policy = readDeadlinePolicy(options.deadlines);
	const batch = readBatch(items);
	const result: RespondToEveryResult = { tasks: [], skipped: [], errors: [...batch.errors] };

	// A carried case is the batch's only when it is an incident's: a mention's own case (this step's output
	// run again) stays that mention's.
	const incidentCase = [batch.carried, ...batch.mentions.map((entry) => entry.case)].find(
		(c) => c?.origin.kind === 'incident',
	);
	let shared: CaseRecord | undefined;
	if (batch.incident)
		shared = openCase({ kind: 'incident', incident: batch.incident, case: incidentCase });
	else shared = incidentCase;
	// An incident case answers all its mentions in one language: theirs by majority, unless already decided.
	if (shared)
		shared = withCaseLanguage(
			shared,
			batch.mentions.map((entry) => entry.mention),
		);

	const seen = new Set<string>();
	for (const { index, mention, case: carried } of batch.mentions) {
		const reason = needsResponse(mention, minLevel, options.includeUnscored ?? true);
		if (seen.has(mention.id)) {
			result.skipped.push({
				index,
				mentionId: mention.id,
				reason: 'duplicate of an earlier item in this batch',
			});
			continue;
		}
		seen.add(mention.id);
		if (!reason.needed) {
			result.skipped.push({ index, mentionId: mention.id, reason: reason.why });
			continue;
		}
		const failure = inputFailureOf(index, () => {
			const onShared = shared !== undefined && hasRoomFor(shared, mention);
			const own =
				carried?.origin.kind === 'mention' && carried.origin.id === mention.id
					? carried
					: undefined;
			let record = ensureDeadlines(
				shared && onShared
					? withMention(shared, mention)
					: openCase({ kind: 'mention', mention, case: own }),
				policy,
			);
			record = withCaseLanguage(record, [mention]);
			const language = resolveLanguage(options.language, record.language);
			const pack = resolveLanguagePack(language, templatesFor(options, language));
			record = withPromisedUpdate(
				record,
				[pack.templates.responseReply[tone]],
				options.nextUpdateEvery,
				nowInstant,
			);
			const level = mention.crisis?.level ?? 'medium';
			const due = dueAfter(
				readInstant(mention.createdAt, 'createdAt'),
				level,
				'firstResponse',
				policy,
			);
			const existing = record.tasks.find((task) => task.mentionId === mention.id);
			const task: ResponseTask = existing ?? {
				mentionId: mention.id,
				author: authorOf(mention),
				channel: mention.source,
				url: mention.url,
				startedAt: mention.createdAt,
				dueAt: due,
				status: 'open',
			};
			if (!existing) record = { ...record, tasks: [...record.tasks, task] };
			record = recordStep(record, {
				step: 'respondToEvery',
				key: `respondToEvery:${mention.id}`,
				at,
				summary: `Response task for ${mention.id} (${reason.why}), due ${task.dueAt}`,
			}).case;
			if (onShared) shared = record;
			const deadline = formatDeadline(task.dueAt, policy.timeZone, pack);
			const replyText = renderMessage(
				pack,
				'responseReply',
				tone,
				messageValues(record, mention, pack, options, { deadline }),
			);
			const facts = [
				`**Author:** ${escapeMarkdown(authorOf(mention))} on ${escapeMarkdown(channelName(mention.source))}`,
			];
			if (mention.url) facts.push(`**Link:** ${markdownLink(mention.url, 'link')}`);
			facts.push(`**Why:** ${escapeMarkdown(reason.why)}`);
			const details = `${facts.join('  \n')}\n\n> ${escapeMarkdown(mention.text).split('\n').join('\n> ')}`;
			result.tasks.push({
				index,
				case: record,
				task,
				reply: withLanguageNote(
					{ text: replyText, channel: mention.source, inReplyTo: mention.id },
					mention,
					language,
				),
				ticket: buildCaseTicket(
					record,
					`Reply to ${authorOf(mention)} on ${channelName(mention.source)}`,
					details,
					task.dueAt,
				),
				reason: reason.why,
			});
		});
		if (failure) result.errors.push(failure);
	}
	// Every task of the shared case reports the case as it stands after the whole batch.
	if (shared) {
		const final = shared;
		result.tasks = result.tasks.map((t) =>
			t.case.caseId === final.caseId ? { ...t, case: final } : t,
		);
	}
	return result;
}

function needsResponse(
	mention: ScoredMention,
	minLevel: RiskLevel,
	includeUnscored: boolean,
): { needed: boolean; why: string } {
	const crisis = mention.crisis;
	if (mention.rating !== undefined && mention.rating <= 2)
		return { needed: true, why: `${mention.rating}-star rating` };
	if (!crisis || crisis.sentiment.label === 'unscored') {
		return includeUnscored
			? { needed: true, why: 'not scored: needs a human look' }
			: { needed: false, why: 'not scored' };
	}
	if (crisis.sentiment.label === 'negative')
		return { needed: true, why: `negative sentiment, ${crisis.level} risk` };
	if (riskLevelRank(crisis.level) >= riskLevelRank(minLevel))
		return { needed: true, why: `${crisis.level} risk` };
	return { needed: false, why: `${crisis.sentiment.label} sentiment, ${crisis.level} risk` };
}

/** The mention's task is on the case already, or the case has room for one more. */
function hasRoomFor(record: CaseRecord, mention: ScoredMention): boolean {
	return (
		record.tasks.length < MAX_CASE_TASKS ||
		record.tasks.some((task) => task.mentionId === mention.id)
	);
}

function withMention(record: CaseRecord, mention: ScoredMention): CaseRecord {
	if (record.mentionIds.includes(mention.id) || record.mentionIds.length >= MAX_CASE_MENTION_IDS)
		return record;
	return { ...record, mentionIds: [...record.mentionIds, mention.id] };
}
