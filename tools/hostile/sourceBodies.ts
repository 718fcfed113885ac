import type { SourceName } from '../../nodes/core/mention/Mention';
import type { HttpFetch, HttpRequest, HttpResponse } from '../../nodes/core/sources/http';
import type { SearchOptions } from '../../nodes/core/sources/SearchOptions';
import type { SourceSettings } from '../../nodes/core/sources/SourceSettings';

/**
 * What each source's API answers, shaped like the real APIs (see each adapter), with a hostile text in
 * every field a stranger writes. `items` posts share the text between them: one huge post, or a flood.
 */
export const NOW = new Date('2025-03-10T12:30:00Z');
const CREATED = '2025-03-10T12:20:05Z';
const CREATED_SECONDS = Math.floor(Date.parse(CREATED) / 1000);

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

const BODIES: Partial<Record<SourceName, (text: string, items: number) => unknown>> = {
	hackernews: (text, items) => ({
		hits: range(items).map((index) => ({
			objectID: String(39650000 + index),
			author: `user${index}`,
			comment_text: text,
			story_title: text,
			created_at: CREATED,
			created_at_i: CREATED_SECONDS,
			parent_id: 39650011,
			points: 3,
		})),
		nbHits: items,
		page: 0,
		nbPages: 1,
	}),
	reddit: (text, items) => ({
		kind: 'Listing',
		data: {
			after: null,
			children: range(items).map((index) => ({
				kind: 't3',
				data: {
					id: `1j7x${index}`,
					name: `t3_1j7x${index}`,
					title: text,
					selftext: text,
					author: `user${index}`,
					permalink: `/r/acme/comments/1j7x${index}/post/`,
					created_utc: CREATED_SECONDS,
					score: 1,
					num_comments: 0,
				},
			})),
		},
	}),
	mastodon: (text, items) => ({
		statuses: range(items).map((index) => ({
			id: String(114137100000000000 + index),
			created_at: CREATED,
			spoiler_text: text,
			content: text,
			url: `https://mastodon.example/@user${index}/${index}`,
			language: 'en',
			account: {
				id: String(index),
				username: `user${index}`,
				acct: `user${index}`,
				display_name: text,
				url: `https://mastodon.example/@user${index}`,
				followers_count: 5,
			},
			mentions: [],
		})),
	}),
	bluesky: (text, items) => ({
		posts: range(items).map((index) => ({
			uri: `at://did:plc:user${index}/app.bsky.feed.post/3lk4xq2abc${index}`,
			cid: `bafy${index}`,
			author: {
				did: `did:plc:user${index}`,
				handle: `user${index}.bsky.social`,
				displayName: text,
			},
			record: { $type: 'app.bsky.feed.post', createdAt: CREATED, langs: ['en'], text },
			likeCount: 1,
			indexedAt: CREATED,
		})),
	}),
	x: (text, items) => ({
		data: range(items).map((index) => ({
			id: String(1899061524125663745n + BigInt(index)),
			text,
			author_id: String(1000 + index),
			created_at: CREATED,
			lang: 'en',
			public_metrics: { retweet_count: 1, reply_count: 0, like_count: 2, quote_count: 0 },
		})),
		includes: {
			users: range(items).map((index) => ({
				id: String(1000 + index),
				name: text,
				username: `user${index}`,
				public_metrics: { followers_count: 10 },
			})),
		},
		meta: { result_count: items },
	}),
	youtube: (text, items) => ({
		items: range(items).map((index) => ({
			id: `UgzK3bQ1t8ZxYvW4aB54AaABA${index}`,
			snippet: {
				videoId: 'dQw4w9WgXcQ',
				totalReplyCount: 0,
				topLevelComment: {
					id: `UgzK3bQ1t8ZxYvW4aB54AaABA${index}`,
					snippet: {
						videoId: 'dQw4w9WgXcQ',
						textDisplay: text,
						textOriginal: text,
						authorDisplayName: text,
						publishedAt: CREATED,
						likeCount: 1,
					},
				},
			},
		})),
	}),
	appstore: (text, items) => ({
		feed: {
			entry: range(items).map((index) => ({
				author: {
					name: { label: `user${index}` },
					uri: { label: `https://itunes.apple.com/us/reviews/id${index}` },
				},
				updated: { label: CREATED },
				'im:rating': { label: '1' },
				id: { label: String(12044550000 + index) },
				title: { label: text },
				content: { label: text },
			})),
		},
	}),
};

/** The JSON sources, each with the settings its search needs. */
export const JSON_SOURCES: ReadonlyArray<{ name: SourceName; settings: SourceSettings }> = [
	{ name: 'hackernews', settings: { hackerNews: { tags: 'all' } } },
	{ name: 'reddit', settings: { reddit: { subreddits: [] } } },
	{ name: 'mastodon', settings: { mastodon: { mode: 'search' } } },
	{ name: 'bluesky', settings: { bluesky: { fetchFollowers: true } } },
	{ name: 'x', settings: {} },
	{ name: 'youtube', settings: { youtube: { videoId: 'dQw4w9WgXcQ' } } },
	{ name: 'appstore', settings: { appStore: { appId: '389801252', country: 'us' } } },
];

export function sourceBody(source: SourceName, text: string, items: number): unknown {
	const build = BODIES[source];
	if (!build) throw new Error(`no hostile body for ${source}`);
	return build(text, items);
}

/** A fetch that answers every request with `answer(request)`, the way the node's n8n fetch hands bodies over. */
export function fakeFetch(answer: (request: HttpRequest) => HttpResponse): HttpFetch {
	return async (request) => answer(request);
}

export function okJson(body: unknown): HttpResponse {
	return { status: 200, headers: { 'content-type': 'application/json' }, body };
}

/** Options for one search that never waits and never retries: the bench measures parsing, not back-off. */
export function searchOptions(settings: SourceSettings): SearchOptions {
	return {
		sleep: async () => undefined,
		now: () => NOW,
		settings,
		retry: { maxRetries: 0 },
		maxRequests: 3,
	};
}

export const QUERY = {
	keywords: ['Acme'],
	handles: [],
	excludeWords: [],
	limit: 50,
	brandHandles: ['acme'],
};
