import type { Mention } from '../mention/Mention';
import { asArray, asCount, asNonEmptyString, asObject, asString, path } from './itemFields';
import type { MentionQuery } from './MentionQuery';
import { matchedTerm } from './textMatching';

/** A protobuf Timestamp as JSON (`{ seconds: "1443676826", nanos: 713000000 }`) in ISO 8601 UTC. */
function isoFromTimestamp(value: unknown): string | undefined {
	const secondsText = asString(path(value, 'seconds'));
	if (secondsText === undefined || !/^-?\d{1,12}$/.test(secondsText.trim())) return undefined;
	const nanos = Number(path(value, 'nanos') ?? 0);
	const ms =
		Number(secondsText) * 1000 +
		(Number.isInteger(nanos) && nanos >= 0 && nanos < 1e9 ? Math.floor(nanos / 1e6) : 0);
	const date = new Date(ms);
	return Number.isFinite(date.getTime()) ? date.toISOString() : undefined;
}

/** `en_GB` → `en`: the rest of the package compares primary language subtags. */
function primaryLanguage(code: string | undefined): string | undefined {
	const primary = code?.trim().split(/[-_]/)[0].toLowerCase();
	return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/** One `reviews.list` review as a mention, or why it was skipped. */
export function normaliseGooglePlayReview(
	item: unknown,
	query: MentionQuery,
	packageName: string,
	translationLanguage: string | undefined,
	includeRaw: boolean,
): Mention | string {
	const review = asObject(item);
	if (!review) return 'not an object';
	const reviewId = asNonEmptyString(review.reviewId);
	if (!reviewId) return 'no reviewId';
	const comments = asArray(review.comments);
	const userComment = asObject(
		comments.map((comment) => path(comment, 'userComment')).find((comment) => asObject(comment)),
	);
	if (!userComment) return `review ${reviewId}: no userComment`;
	// Title and body, where the user wrote both, come joined by a tab.
	const text = (asString(userComment.text) ?? '').trim().replace('\t', '\n\n');
	if (text === '') return `review ${reviewId}: no text`;
	const createdAt = isoFromTimestamp(userComment.lastModified);
	if (!createdAt) return `review ${reviewId}: no valid lastModified`;
	const stars = Number(userComment.starRating);
	const replies = comments
		.map((comment) => asObject(path(comment, 'developerComment')))
		.filter((reply) => reply !== undefined);
	const reply = replies[replies.length - 1];
	const repliedAt = reply ? isoFromTimestamp(reply.lastModified) : undefined;
	const translated =
		translationLanguage !== undefined && asNonEmptyString(userComment.originalText) !== undefined;
	const language = primaryLanguage(
		translated ? translationLanguage : asString(userComment.reviewerLanguage),
	);
	const authorName = asNonEmptyString(review.authorName)?.trim();
	const url = new URL('https://play.google.com/store/apps/details');
	url.searchParams.set('id', packageName);
	url.searchParams.set('reviewId', reviewId);
	return {
		id: `googleplay:${reviewId}`,
		source: 'googleplay',
		url: url.href,
		text,
		...(language ? { language } : {}),
		createdAt,
		// Google shows reviews without a name as "A Google user"; the handle stays one per review so they are not counted as one author.
		author: authorName
			? { handle: authorName, name: authorName }
			: { handle: `Google user ${reviewId}`, name: 'A Google user' },
		engagement: { likes: asCount(userComment.thumbsUpCount), replies: 0, shares: 0 },
		tagged: true,
		query: matchedTerm(text, query.keywords, query.handles) ?? `app:${packageName}`,
		...(Number.isInteger(stars) && stars >= 1 && stars <= 5 ? { rating: stars } : {}),
		brandReplied: reply !== undefined,
		...(repliedAt ? { brandRepliedAt: repliedAt } : {}),
		...(includeRaw ? { raw: item } : {}),
	};
}
