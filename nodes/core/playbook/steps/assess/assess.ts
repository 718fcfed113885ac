import { IANAZone } from 'luxon';
import { measureTrend } from './measureTrend';
import { openQuestions } from './openQuestions';
import { pickRepresentatives } from './pickRepresentatives';
import { renderBriefMarkdown } from './renderBriefMarkdown';
import { renderBriefSlack } from './renderBriefSlack';
import type { SituationBrief } from './SituationBrief';
import { buildCaseTicket } from '../../rendering/payloads/buildCaseTicket';
import type { CaseRecord } from '../../case/CaseRecord';
import { caseForBatch } from '../../case/caseForBatch';
import { clip } from '../../rendering/escaping/clip';
import { formatDeadline } from '../../deadlines/formatDeadline';
import { parseWorkDuration } from '../../deadlines/WorkDuration';
import { authorOf } from '../../rendering/drafts/messageValues';
import type { ChatPayload, TicketPayload } from '../../rendering/payloads/Payloads';
import { FieldError } from '../../../errors/FieldError';
import type { InputFailure } from '../../reading/inputFailureOf';
import { readBatch } from '../../reading/readBatch';
import { isoUtc, readInstant } from '../../reading/readInstant';
import { recordStep } from '../../case/recordStep';
import { type LanguageOption, resolveLanguage } from '../../rendering/drafts/resolveLanguage';
import { rankByCount } from '../watch/rankByCount';
import { stableHash } from '../../case/stableHash';
import { resolveLanguagePack } from '../../rendering/templates/resolveLanguagePack';

export interface AssessOptions {
	language?: LanguageOption;
	/** Trend compares the last window before now with the one before (e.g. 1h, 30m). Default 1h. */
	trendWindow?: string;
	/** Zone for "since when". Default Europe/Istanbul. */
	timeZone?: string;
	/** How many representative mentions. Default 3. */
	samples?: number;
}

export interface AssessResult {
	case: CaseRecord;
	brief: SituationBrief;
	markdown: string;
	chat: ChatPayload;
	ticket: TicketPayload;
	errors: InputFailure[];
}

/** Assess: a situation brief over a batch of mentions (and the incident alert, if any) before anyone replies. */
export function assess(items: unknown[], options: AssessOptions, now: Date | string): AssessResult {
	const nowInstant = readInstant(now, 'now');
	const window = parseWorkDuration(options.trendWindow ?? '1h', 'trendWindow');
	if (window.unit !== 'minutes' || window.amount <= 0)
		throw new FieldError('trendWindow', 'use minutes or hours, e.g. 30m or 1h');
	const samples = options.samples ?? 3;
	if (!Number.isInteger(samples) || samples < 1)
		throw new FieldError('samples', 'expected a whole number of at least 1');
	const timeZone = options.timeZone?.trim() || 'Europe/Istanbul';
	// luxon would print "Invalid DateTime" into the brief rather than fail.
	if (!IANAZone.isValidZone(timeZone))
		throw new FieldError(
			'timeZone',
			`"${timeZone}" is not an IANA time zone (e.g. Europe/Istanbul)`,
		);
	const batch = readBatch(items);
	let record = caseForBatch(batch);
	const mentions = batch.mentions.map((m) => m.mention);
	const language = resolveLanguage(options.language, record.language);
	const pack = resolveLanguagePack(language, undefined);

	const categoryCounts = new Map<string, number>();
	const phraseCounts = new Map<string, number>();
	const sourceCounts = new Map<string, number>();
	const sentiment = { negative: 0, neutral: 0, positive: 0, unscored: 0 };
	const authors = new Set<string>();
	let engagement = 0;
	let tagged = 0;
	for (const mention of mentions) {
		sentiment[mention.crisis?.sentiment.label ?? 'unscored']++;
		for (const hit of mention.crisis?.categories ?? []) {
			categoryCounts.set(hit.name, (categoryCounts.get(hit.name) ?? 0) + 1);
			for (const phrase of new Set(hit.matches.map((m) => m.toLowerCase())))
				phraseCounts.set(phrase, (phraseCounts.get(phrase) ?? 0) + 1);
		}
		sourceCounts.set(mention.source, (sourceCounts.get(mention.source) ?? 0) + 1);
		authors.add(`${mention.source}:${mention.author.handle}`);
		engagement += mention.engagement.likes + mention.engagement.replies + mention.engagement.shares;
		if (mention.tagged) tagged++;
	}
	const categories = rankByCount(categoryCounts, 1, 5).map(({ term, count }) => ({
		name: term,
		count,
	}));
	const times = mentions.map((m) => m.createdAt).sort();
	const first = times[0] ?? batch.incident?.since ?? batch.incident?.at;
	const trend = measureTrend(times, nowInstant.toMillis(), window.amount);
	if (batch.incident?.volume !== undefined) trend.volume = batch.incident.volume;
	if (batch.incident?.baseline !== undefined) trend.baseline = batch.incident.baseline;

	const brief: SituationBrief = {
		caseId: record.caseId,
		brand: record.brand,
		level: record.level,
		language,
		what: {
			categories,
			sentiment,
			phrases: rankByCount(phraseCounts, 1, 5).map((p) => p.term),
			reasons: batch.incident?.reasons ?? [],
		},
		where: {
			sources: rankByCount(sourceCounts, 1, 20).map(({ term, count }) => ({ source: term, count })),
			tagged,
			untagged: mentions.length - tagged,
		},
		howMany: {
			mentions: mentions.length,
			negative: sentiment.negative,
			authors: authors.size,
			engagement,
		},
		since: {
			first,
			last: times[times.length - 1],
			firstLocal: first ? formatDeadline(first, timeZone, pack) : undefined,
		},
		trend,
		representative: pickRepresentatives(mentions, samples).map((m) => ({
			id: m.id,
			source: m.source,
			author: authorOf(m),
			text: clip(m.text, 500),
			url: m.url,
			risk: m.crisis?.risk ?? 0,
			level: m.crisis?.level,
			createdAt: m.createdAt,
		})),
		openQuestions: openQuestions(categories, pack),
	};
	record = {
		...record,
		categories: [...new Set([...categories.map((c) => c.name), ...record.categories])],
	};
	record = recordStep(record, {
		step: 'assess',
		key: `assess:${stableHash(
			mentions
				.map((m) => m.id)
				.sort()
				.join('\n'),
		)}`,
		at: isoUtc(nowInstant),
		summary: `Assessed ${mentions.length} mentions: ${sentiment.negative} negative, trend ${trend.label}`,
	}).case;
	const markdown = renderBriefMarkdown(brief, pack.brief);
	return {
		case: record,
		brief,
		markdown,
		chat: renderBriefSlack(brief, pack.brief),
		ticket: buildCaseTicket(
			record,
			`${pack.brief.title}: ${mentions.length} ${pack.brief.mentions}`,
			markdown,
		),
		errors: batch.errors,
	};
}
