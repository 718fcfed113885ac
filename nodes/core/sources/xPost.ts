import type { Mention } from '../mention/Mention';
import { decodeEntities } from './htmlToText';
import {
	asArray,
	asCount,
	asNonEmptyString,
	asObject,
	asOptionalCount,
	asString,
	path,
	type JsonObject,
} from './itemFields';
import type { MentionQuery } from './MentionQuery';
import { isNumericId } from './numericIds';
import { addressesHandle, matchedTerm, sameHandle } from './textMatching';
import { isoFromIso } from './toIsoUtc';

/** X marks undetermined text `und` and special cases `q…` (media only, hashtags only): no language. */
function xLanguage(lang: string | undefined): string | undefined {
	if (!lang || lang === 'und' || lang === 'zxx' || lang.startsWith('q')) return undefined;
	return lang;
}

/** One recent-search post, with its author from `includes.users`, as a mention, or why it was skipped. */
export function normaliseXPost(
	item: unknown,
	users: Map<string, JsonObject>,
	query: MentionQuery,
	searched: string,
	includeRaw: boolean,
): Mention | string {
	const tweet = asObject(item);
	if (!tweet) return 'not an object';
	const id = asString(tweet.id);
	if (!isNumericId(id)) return 'no numeric id';
	const longPost = asObject(tweet.note_tweet);
	const text = decodeEntities(
		asNonEmptyString(longPost?.text) ?? asString(tweet.text) ?? '',
	).trim();
	if (text === '') return `post ${id}: no text`;
	const createdAt = isoFromIso(tweet.created_at);
	if (!createdAt) return `post ${id}: no valid created_at (ask for tweet.fields=created_at)`;
	const authorId = asNonEmptyString(tweet.author_id);
	const user = authorId ? users.get(authorId) : undefined;
	const username = asNonEmptyString(user?.username);
	if (!authorId || !user || !username)
		return `post ${id}: author ${authorId ?? '(none)'} missing from includes.users`;
	const metrics = asObject(tweet.public_metrics);
	const followers = asOptionalCount(path(user, 'public_metrics', 'followers_count'));
	const language = xLanguage(asNonEmptyString(tweet.lang));
	const repliedTo = asArray(tweet.referenced_tweets)
		.map((reference) => asObject(reference))
		.find((reference) => asString(reference?.type) === 'replied_to');
	const repliedToId = asNonEmptyString(repliedTo?.id);
	const mentioned = [
		...asArray(path(tweet, 'entities', 'mentions')),
		...asArray(path(longPost, 'entities', 'mentions')),
	]
		.map((mention) => asString(asObject(mention)?.username))
		.filter((handle): handle is string => handle !== undefined);
	return {
		id: `x:${id}`,
		source: 'x',
		url: `https://x.com/${username}/status/${id}`,
		text,
		...(language ? { language } : {}),
		createdAt,
		author: {
			id: authorId,
			handle: username,
			...(asNonEmptyString(user.name) ? { name: asString(user.name) } : {}),
			...(followers !== undefined ? { followers } : {}),
			...(typeof user.verified === 'boolean' ? { verified: user.verified } : {}),
			url: `https://x.com/${username}`,
		},
		engagement: {
			likes: asCount(metrics?.like_count),
			replies: asCount(metrics?.reply_count),
			shares: asCount(metrics?.retweet_count) + asCount(metrics?.quote_count),
		},
		tagged:
			mentioned.some((handle) => query.brandHandles.some((brand) => sameHandle(handle, brand))) ||
			addressesHandle(text, query.brandHandles),
		...(repliedToId ? { inReplyTo: `x:${repliedToId}` } : {}),
		query: matchedTerm(text, query.keywords, query.handles) ?? searched,
		...(includeRaw ? { raw: item } : {}),
	};
}
