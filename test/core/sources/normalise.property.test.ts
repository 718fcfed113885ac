import fc from 'fast-check';
import type { Mention, SourceName } from '../../../nodes/core/mention/Mention';
import { normaliseAppStoreReview } from '../../../nodes/core/sources/appStore';
import { normaliseBlueskyPost } from '../../../nodes/core/sources/bluesky';
import type { FeedEntry } from '../../../nodes/core/sources/feedXml';
import { normaliseHackerNewsHit } from '../../../nodes/core/sources/hackerNews';
import { asObject, type JsonObject } from '../../../nodes/core/sources/itemFields';
import { normaliseMastodonStatus } from '../../../nodes/core/sources/mastodon';
import type { MentionQuery } from '../../../nodes/core/sources/MentionQuery';
import { normaliseRedditThing } from '../../../nodes/core/sources/reddit';
import { normaliseFeedEntry } from '../../../nodes/core/sources/rss';
import { normaliseXPost } from '../../../nodes/core/sources/xPost';
import { normaliseYouTubeThread } from '../../../nodes/core/sources/youTube';
import { findNonFinite } from '../property/findNonFinite';
import {
	hostileCount,
	hostileDate,
	hostileString,
	hostileText,
	megabyteOf,
} from '../property/hostileInput';
import appStoreReviews from './fixtures/appstore-reviews.json';
import blueskyPage from './fixtures/bluesky-page1.json';
import hackerNewsPage from './fixtures/hackernews-page0.json';
import mastodonSearch from './fixtures/mastodon-search.json';
import redditPage from './fixtures/reddit-page1.json';
import xPage from './fixtures/x-page1.json';
import youTubeThreads from './fixtures/youtube-threads.json';

const query: MentionQuery = {
	keywords: ['acme', 'Acme Bank'],
	handles: ['@acmesupport'],
	excludeWords: [],
	limit: 100,
	brandHandles: ['@AcmeSupport', 'acme.bsky.social'],
};
const DATE_KEY = /(^|_)(created|updated|published|date)|At$|^updated$|created_utc|created_at_i/i;

/** Drops a field, or gives it a value of the wrong type or a hostile one; otherwise keeps (and recurses into) it. */
function mutate(value: unknown, key = ''): fc.Arbitrary<unknown> {
	const replacement = DATE_KEY.test(key)
		? hostileDate
		: typeof value === 'number'
			? hostileCount
			: typeof value === 'string'
				? hostileString
				: fc.oneof(fc.anything({ maxDepth: 2 }), hostileString);
	const kept: fc.Arbitrary<unknown> = Array.isArray(value)
		? fc
				.tuple(...value.map((entry) => mutate(entry)))
				.map((entries) => entries.filter((entry) => entry !== ABSENT))
		: asObject(value)
			? fc
					.tuple(
						...Object.entries(value as JsonObject).map(([k, v]) =>
							mutate(v, k).map((mutated) => [k, mutated] as const),
						),
					)
					.map((entries) => Object.fromEntries(entries.filter(([, v]) => v !== ABSENT)))
			: fc.constant(value);
	return fc.oneof(
		{ weight: 12, arbitrary: kept },
		{ weight: 1, arbitrary: fc.constant(ABSENT) },
		{ weight: 2, arbitrary: replacement },
	);
}
const ABSENT = Symbol('absent');

/** Keeps the item an object (the interesting case) most of the time; sometimes it is anything at all. */
function hostileItem(base: unknown): fc.Arbitrary<unknown> {
	return fc.oneof(
		{ weight: 9, arbitrary: mutate(base).filter((item) => item !== ABSENT) },
		{ weight: 1, arbitrary: fc.anything() },
	);
}

interface Adapter {
	source: SourceName;
	base: unknown;
	normalise: (item: unknown) => Mention | string;
}

const xUsers = new Map<string, JsonObject>(
	xPage.includes.users.map((user) => [user.id, user as unknown as JsonObject]),
);
const feedBase: FeedEntry = {
	id: 'tag:news.example,2025:1',
	link: 'https://news.example/acme-fees',
	title: 'Acme Bank &amp; its fees',
	body: '<p>Customers of <b>Acme</b> say the refund never arrived.</p>',
	published: 'Mon, 10 Mar 2025 12:00:00 GMT',
	author: 'Newsroom',
};

const ADAPTERS: Adapter[] = [
	{
		source: 'mastodon',
		base: mastodonSearch.statuses[0],
		normalise: (item) => normaliseMastodonStatus(item, query, 'acme', false),
	},
	{
		source: 'x',
		base: xPage.data[0],
		normalise: (item) => normaliseXPost(item, xUsers, query, 'acme', false),
	},
	{
		source: 'reddit',
		base: redditPage.data.children[0],
		normalise: (item) => normaliseRedditThing(item, query, 'acme', false),
	},
	{
		source: 'bluesky',
		base: blueskyPage.posts[0],
		normalise: (item) => normaliseBlueskyPost(item, query, 'acme', false),
	},
	{
		source: 'hackernews',
		base: hackerNewsPage.hits[0],
		normalise: (item) => normaliseHackerNewsHit(item, query, 'acme', false),
	},
	{
		source: 'youtube',
		base: youTubeThreads.items[0],
		normalise: (item) => normaliseYouTubeThread(item, query, 'acme', false),
	},
	{
		source: 'appstore',
		base: appStoreReviews.feed.entry[0],
		normalise: (item) =>
			normaliseAppStoreReview(item, query, 'app:1', 'https://apps.apple.com/us/app/id1', false),
	},
	{
		source: 'rss',
		base: feedBase,
		// The feed reader only ever hands over strings or undefined; anything else is stringified here the same way.
		normalise: (item) => {
			const entry = asObject(item) ?? {};
			const strings = Object.fromEntries(
				Object.entries(entry).filter(([, v]) => typeof v === 'string'),
			);
			return normaliseFeedEntry(
				strings as FeedEntry,
				query,
				'https://news.example/feed.xml',
				false,
			);
		},
	},
];

const CANONICAL_ISO = /^(\d{4}|[+-]\d{6})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function isCount(value: unknown): boolean {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Everything the later cores rely on, checked on one normalised mention. */
function expectValidMention(mention: Mention, source: SourceName): void {
	expect(mention.source).toBe(source);
	expect(mention.id.startsWith(`${source}:`)).toBe(true);
	expect(mention.id.length).toBeGreaterThan(source.length + 1);
	expect(typeof mention.text).toBe('string');
	expect(mention.text.trim()).not.toBe('');
	expect(typeof mention.url).toBe('string');
	expect(mention.createdAt).toMatch(CANONICAL_ISO);
	expect(new Date(Date.parse(mention.createdAt)).toISOString()).toBe(mention.createdAt);
	expect(typeof mention.author.handle).toBe('string');
	expect(mention.author.handle.trim()).not.toBe('');
	if (mention.author.followers !== undefined) expect(isCount(mention.author.followers)).toBe(true);
	expect(
		isCount(mention.engagement.likes) &&
			isCount(mention.engagement.replies) &&
			isCount(mention.engagement.shares),
	).toBe(true);
	expect(typeof mention.tagged).toBe('boolean');
	expect(typeof mention.query).toBe('string');
	if (mention.rating !== undefined) expect([1, 2, 3, 4, 5]).toContain(mention.rating);
	expect(findNonFinite(mention)).toBeUndefined();
	expect(JSON.parse(JSON.stringify(mention))).toEqual(mention);
}

describe.each(ADAPTERS)(
	'normaliser for $source: properties over damaged API items',
	({ source, base, normalise }) => {
		it('accepts the untouched fixture item', () => {
			const result = normalise(base);
			expect(typeof result).not.toBe('string');
			expectValidMention(result as Mention, source);
		});

		it('never throws: returns a valid Mention or a non-empty skip reason, the same one every time', () => {
			fc.assert(
				fc.property(hostileItem(base), (item) => {
					const result = normalise(item);
					if (typeof result === 'string') expect(result.trim()).not.toBe('');
					else expectValidMention(result, source);
					expect(normalise(structuredClone(item))).toEqual(result);
				}),
				{ numRuns: 250 },
			);
		});
	},
);

describe('normalisers: a missing required field fails that item alone, with a reason naming it', () => {
	const cases: Array<{ adapter: SourceName; remove: (item: JsonObject) => void; reason: RegExp }> =
		[
			{ adapter: 'mastodon', remove: (i) => delete i.id, reason: /id/ },
			{ adapter: 'mastodon', remove: (i) => delete i.created_at, reason: /created_at/ },
			{ adapter: 'mastodon', remove: (i) => delete i.account, reason: /account/ },
			{ adapter: 'x', remove: (i) => delete i.created_at, reason: /created_at/ },
			{ adapter: 'x', remove: (i) => delete i.author_id, reason: /author/ },
			{
				adapter: 'reddit',
				remove: (i) => delete (i.data as JsonObject).created_utc,
				reason: /created_utc/,
			},
			{ adapter: 'reddit', remove: (i) => delete (i.data as JsonObject).author, reason: /author/ },
			{ adapter: 'bluesky', remove: (i) => delete i.uri, reason: /uri/ },
			{ adapter: 'bluesky', remove: (i) => delete i.author, reason: /author/ },
			{ adapter: 'hackernews', remove: (i) => delete i.objectID, reason: /objectID/ },
			{ adapter: 'hackernews', remove: (i) => delete i.author, reason: /author/ },
			{
				adapter: 'youtube',
				remove: (i) => delete ((i.snippet as JsonObject).topLevelComment as JsonObject).snippet,
				reason: /snippet/,
			},
			{ adapter: 'appstore', remove: (i) => delete i['im:rating'], reason: /rating/ },
			{ adapter: 'appstore', remove: (i) => delete i.updated, reason: /updated/ },
			{ adapter: 'rss', remove: (i) => delete i.published, reason: /date/ },
		];
	it.each(cases)('$adapter without a field → $reason', ({ adapter, remove, reason }) => {
		const { base, normalise } = ADAPTERS.find((a) => a.source === adapter) as Adapter;
		const item = structuredClone(base) as JsonObject;
		remove(item);
		const result = normalise(item);
		expect(typeof result).toBe('string');
		expect(result).toMatch(reason);
	});

	it('turns impossible dates into a skip reason, never into an invalid createdAt', () => {
		const { base, normalise } = ADAPTERS.find((a) => a.source === 'mastodon') as Adapter;
		fc.assert(
			fc.property(hostileDate, (createdAt) => {
				const result = normalise({ ...(base as JsonObject), created_at: createdAt });
				if (typeof result === 'string') expect(result).toMatch(/created_at/);
				else expect(Number.isFinite(Date.parse(result.createdAt))).toBe(true);
			}),
			{ numRuns: 150 },
		);
	});

	it('keeps huge, negative and non-numeric counts finite, whole and non-negative (sums included)', () => {
		const { base, normalise } = ADAPTERS.find((a) => a.source === 'x') as Adapter;
		fc.assert(
			fc.property(hostileCount, hostileCount, hostileCount, (likes, retweets, quotes) => {
				const item = {
					...(base as JsonObject),
					public_metrics: {
						like_count: likes,
						retweet_count: retweets,
						quote_count: quotes,
						reply_count: retweets,
					},
				};
				expectValidMention(normalise(item) as Mention, 'x');
			}),
			{ numRuns: 150 },
		);
		expectValidMention(
			normalise({
				...(base as JsonObject),
				public_metrics: { retweet_count: Number.MAX_VALUE, quote_count: Number.MAX_VALUE },
			}) as Mention,
			'x',
		);
	});

	it('normalises a 1 MB post in bounded time', () => {
		const { base, normalise } = ADAPTERS.find((a) => a.source === 'mastodon') as Adapter;
		for (const content of [
			megabyteOf('<p>Acme refund <b>never</b> arrived &amp; nobody answers</p>'),
			megabyteOf('😡'),
			megabyteOf('<a '),
		]) {
			const started = Date.now();
			const result = normalise({ ...(base as JsonObject), content });
			expect(Date.now() - started).toBeLessThan(5_000);
			expectValidMention(result as Mention, 'mastodon');
		}
	});

	it('keeps hostile text as plain text: no tags survive the HTML sources', () => {
		const { base, normalise } = ADAPTERS.find((a) => a.source === 'mastodon') as Adapter;
		fc.assert(
			fc.property(hostileText, (text) => {
				const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
				const result = normalise({
					...(base as JsonObject),
					spoiler_text: '',
					content: `<p>${escaped}</p><script>alert(1)</script>`,
				});
				if (typeof result === 'string') return;
				if (!text.includes('alert(1)')) expect(result.text).not.toContain('alert(1)');
				if (!/<\/?p>/.test(text)) expect(result.text).not.toMatch(/<\/?p>/);
			}),
			{ numRuns: 150 },
		);
	});
});
