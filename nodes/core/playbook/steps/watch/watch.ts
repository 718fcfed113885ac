import type { RiskLevel } from '../../../scoring/CrisisScore';
import { buildChat } from '../../rendering/payloads/buildChat';
import type { CaseRecord } from '../../case/CaseRecord';
import { caseForBatch } from '../../case/caseForBatch';
import { channelName } from '../../rendering/payloads/channels';
import { parseWorkDuration } from '../../deadlines/WorkDuration';
import { escapeSlack } from '../../rendering/escaping/escapeSlack';
import { RISK_LEVELS } from '../../../scoring/riskLevelRank';
import type { ChatPayload } from '../../rendering/payloads/Payloads';
import { FieldError } from '../../../errors/FieldError';
import type { InputFailure } from '../../reading/inputFailureOf';
import { readBatch } from '../../reading/readBatch';
import { isoUtc, readInstant } from '../../reading/readInstant';
import { recordStep } from '../../case/recordStep';
import { stableHash } from '../../case/stableHash';
import { hashtagsOf, keywordsOf } from './extractTerms';
import { rankByCount } from './rankByCount';

export interface WatchOptions {
	/** Brand words to leave out of the keywords (the brand itself is already monitored). Default: the case's brand. */
	brand?: string;
	maxKeywords?: number;
	maxHashtags?: number;
	maxAuthors?: number;
	/** A keyword must appear in at least this many mentions. Default 2. */
	minMentions?: number;
	/** Poll interval per level while the incident is open, e.g. { critical: '2m' }. */
	pollIntervals?: Partial<Record<RiskLevel, string>>;
}

export interface WatchedAuthor {
	handle: string;
	source: string;
	followers: number;
	mentions: number;
}

export interface WatchPlan {
	level: RiskLevel;
	keywords: string[];
	hashtags: string[];
	authors: WatchedAuthor[];
	/** Searches that also catch posts that do not tag the brand: the brand name alone and with the top keywords. */
	untaggedQueries: string[];
	pollIntervalMinutes: number;
	tagged: number;
	untagged: number;
}

export interface WatchResult {
	case: CaseRecord;
	watch: WatchPlan;
	chat: ChatPayload;
	errors: InputFailure[];
}

const DEFAULT_POLL: Record<RiskLevel, string> = {
	critical: '2m',
	high: '5m',
	medium: '15m',
	low: '1h',
};

/** Watch: what to add to monitoring while the incident is open, taken from the incident's own mentions. */
export function watch(items: unknown[], options: WatchOptions, now: Date | string): WatchResult {
	const at = isoUtc(readInstant(now, 'now'));
	const batch = readBatch(items);
	const record = caseForBatch(batch);
	const limits = {
		keywords: positive(options.maxKeywords, 10, 'maxKeywords'),
		hashtags: positive(options.maxHashtags, 10, 'maxHashtags'),
		authors: positive(options.maxAuthors, 10, 'maxAuthors'),
		minMentions: positive(options.minMentions, 2, 'minMentions'),
	};
	const brand = options.brand?.trim() || record.brand;
	const excluded = new Set(
		(brand ?? '')
			.toLowerCase()
			.split(/[^\p{L}\p{N}]+/u)
			.filter((w) => w !== ''),
	);
	for (const word of [...excluded]) excluded.add(word.toLocaleLowerCase('tr'));

	const keywordCounts = new Map<string, number>();
	const hashtagCounts = new Map<string, number>();
	const authors = new Map<string, WatchedAuthor>();
	let tagged = 0;
	for (const { mention } of batch.mentions) {
		if (mention.tagged) tagged++;
		for (const term of keywordsOf(mention, excluded))
			keywordCounts.set(term, (keywordCounts.get(term) ?? 0) + 1);
		for (const tag of hashtagsOf(mention))
			hashtagCounts.set(tag, (hashtagCounts.get(tag) ?? 0) + 1);
		const key = `${mention.source}:${mention.author.handle}`;
		const known = authors.get(key);
		authors.set(key, {
			handle: mention.author.handle,
			source: mention.source,
			followers: Math.max(known?.followers ?? 0, mention.author.followers ?? 0),
			mentions: (known?.mentions ?? 0) + 1,
		});
	}
	const keywords = rankByCount(keywordCounts, limits.minMentions, limits.keywords).map(
		(k) => k.term,
	);
	const hashtags = rankByCount(hashtagCounts, 1, limits.hashtags).map((h) => h.term);
	const topAuthors = [...authors.values()]
		.sort(
			(a, b) =>
				b.followers - a.followers || b.mentions - a.mentions || (a.handle < b.handle ? -1 : 1),
		)
		.slice(0, limits.authors);
	const plan: WatchPlan = {
		level: record.level,
		keywords,
		hashtags,
		authors: topAuthors,
		untaggedQueries: brand ? [brand, ...keywords.slice(0, 3).map((k) => `${brand} ${k}`)] : [],
		pollIntervalMinutes: pollInterval(record.level, options.pollIntervals),
		tagged,
		untagged: batch.mentions.length - tagged,
	};
	const recorded = recordStep(record, {
		step: 'watch',
		key: `watch:${stableHash(JSON.stringify([plan.keywords, plan.hashtags, plan.authors.map((a) => a.handle), plan.pollIntervalMinutes]))}`,
		at,
		summary: `Watching ${keywords.length} keywords, ${hashtags.length} hashtags, ${topAuthors.length} authors every ${plan.pollIntervalMinutes} min`,
	}).case;
	const chat = buildChat(
		`Watch list · case ${escapeSlack(recorded.caseId)} (${recorded.level}) · poll every ${plan.pollIntervalMinutes} min`,
		[
			`*Keywords:* ${keywords.map(escapeSlack).join(', ') || 'none yet'}`,
			`*Hashtags:* ${hashtags.map(escapeSlack).join(', ') || 'none'}`,
			`*Authors:* ${topAuthors.map((a) => `${escapeSlack(a.handle)} (${escapeSlack(channelName(a.source))}, ${a.followers} followers)`).join(', ') || 'none'}`,
			plan.untaggedQueries.length
				? `*Untagged searches:* ${plan.untaggedQueries.map(escapeSlack).join(' · ')}`
				: '',
		],
		`${plan.tagged} tagged · ${plan.untagged} untagged mentions in this batch`,
	);
	return { case: recorded, watch: plan, chat, errors: batch.errors };
}

function pollInterval(level: RiskLevel, overrides: WatchOptions['pollIntervals']): number {
	for (const key of Object.keys(overrides ?? {})) {
		if (!(RISK_LEVELS as readonly string[]).includes(key))
			throw new FieldError(`pollIntervals.${key}`, 'unknown level');
	}
	const text = overrides?.[level] || DEFAULT_POLL[level];
	const duration = parseWorkDuration(text, `pollIntervals.${level}`);
	if (duration.unit !== 'minutes' || duration.amount < 1) {
		throw new FieldError(`pollIntervals.${level}`, 'use minutes or hours, at least 1m');
	}
	return duration.amount;
}

function positive(value: number | undefined, fallback: number, field: string): number {
	if (value === undefined) return fallback;
	if (!Number.isInteger(value) || value < 1)
		throw new FieldError(field, 'expected a whole number of at least 1');
	return value;
}
