import type { SourceName } from '../../mention/Mention';
import type {
	CategoryHit,
	CategoryName,
	CrisisScore,
	SentimentLabel,
} from '../../scoring/CrisisScore';
import { isRiskLevel } from '../../scoring/riskLevelRank';
import { FieldError } from '../../errors/FieldError';
import { isoUtc, readInstant } from './readInstant';
import {
	optionalNumber,
	optionalString,
	requireRecord,
	requireString,
	stringList,
} from './readFields';
import type { ScoredMention } from './ScoredMention';
import { isLanguageCode } from '../../mention/languageCode';

const SENTIMENT_LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive', 'unscored'];

/** Validates a mention from an item's JSON; optional parts get safe defaults, required ones an error naming them. */
export function readMention(value: unknown, field = 'mention'): ScoredMention {
	const raw = requireRecord(value, field);
	const author = requireRecord(raw.author, `${field}.author`);
	const engagement =
		raw.engagement === undefined ? {} : requireRecord(raw.engagement, `${field}.engagement`);
	const mention: ScoredMention = {
		id: requireString(raw.id, `${field}.id`),
		source: requireString(raw.source, `${field}.source`) as SourceName,
		url: optionalString(raw.url, `${field}.url`) ?? '',
		text: typeof raw.text === 'string' ? raw.text : requireString(raw.text, `${field}.text`),
		createdAt: isoUtc(readInstant(raw.createdAt, `${field}.createdAt`)),
		author: {
			handle: requireString(author.handle, `${field}.author.handle`),
			id: optionalString(author.id, `${field}.author.id`),
			name: optionalString(author.name, `${field}.author.name`),
			followers: optionalNumber(author.followers, `${field}.author.followers`),
			verified: author.verified === true,
			url: optionalString(author.url, `${field}.author.url`),
		},
		engagement: {
			likes: optionalNumber(engagement.likes, `${field}.engagement.likes`) ?? 0,
			replies: optionalNumber(engagement.replies, `${field}.engagement.replies`) ?? 0,
			shares: optionalNumber(engagement.shares, `${field}.engagement.shares`) ?? 0,
		},
		tagged: raw.tagged === true,
		query: optionalString(raw.query, `${field}.query`) ?? '',
		language: optionalString(raw.language, `${field}.language`),
		inReplyTo: optionalString(raw.inReplyTo, `${field}.inReplyTo`),
		rating: optionalNumber(raw.rating, `${field}.rating`),
		brand: optionalString(raw.brand, `${field}.brand`),
	};
	if (raw.crisis !== undefined && raw.crisis !== null)
		mention.crisis = readCrisis(raw.crisis, `${field}.crisis`);
	return mention;
}

function readCrisis(value: unknown, field: string): CrisisScore {
	const raw = requireRecord(value, field);
	if (!isRiskLevel(raw.level))
		throw new FieldError(`${field}.level`, 'expected low, medium, high or critical');
	const sentiment =
		raw.sentiment === undefined ? {} : requireRecord(raw.sentiment, `${field}.sentiment`);
	const label = sentiment.label ?? 'unscored';
	if (!SENTIMENT_LABELS.includes(label as SentimentLabel)) {
		throw new FieldError(
			`${field}.sentiment.label`,
			`expected one of ${SENTIMENT_LABELS.join(', ')}`,
		);
	}
	const categories = raw.categories === undefined ? [] : raw.categories;
	if (!Array.isArray(categories)) throw new FieldError(`${field}.categories`, 'expected a list');
	// A model-decided score carries the language the model detected; anything else unknown is unsupported.
	const language =
		raw.language === 'unsupported' || isLanguageCode(raw.language) ? raw.language : 'unsupported';
	return {
		risk: optionalNumber(raw.risk, `${field}.risk`) ?? 0,
		level: raw.level,
		language,
		sentiment: {
			score: optionalNumber(sentiment.score, `${field}.sentiment.score`) ?? 0,
			label: label as SentimentLabel,
		},
		categories: categories.map((hit, i): CategoryHit => {
			const entry = requireRecord(hit, `${field}.categories[${i}]`);
			return {
				name: requireString(entry.name, `${field}.categories[${i}].name`) as CategoryName,
				matches: stringList(entry.matches, `${field}.categories[${i}].matches`),
			};
		}),
		reach: optionalNumber(raw.reach, `${field}.reach`) ?? 0,
		reasons: stringList(raw.reasons, `${field}.reasons`),
	};
}
