import { searchYouTube } from '../../../nodes/core/sources/youTube';
import type { SourceError } from '../../../nodes/core/sources/SourceError';
import { fakeFetch, fixtureJson, NOW, ok, query, recordingSleep, status } from './fakeHttp';

describe('YouTube adapter', () => {
	const options = {
		baseUrl: 'http://127.0.0.1:5678/youtube/v3',
		now: () => NOW,
		sleep: recordingSleep().sleep,
		settings: { youtube: { videoId: 'dQw4w9WgXcQ' } },
	};

	it('lists comment threads of a video by time and follows pageToken', async () => {
		const { fetch, requests } = fakeFetch([
			{
				when: (request) => request.qs?.pageToken === undefined,
				answers: [ok(fixtureJson('youtube-threads.json'))],
			},
			{ when: () => true, answers: [ok({ kind: 'youtube#commentThreadListResponse', items: [] })] },
		]);
		const result = await searchYouTube(
			fetch,
			query({ keywords: [], brandHandles: ['UCacmeBrandChannel0000001'] }),
			options,
		);
		expect(requests[0].url).toBe('http://127.0.0.1:5678/youtube/v3/commentThreads');
		expect(requests[0].qs).toMatchObject({
			part: 'snippet',
			videoId: 'dQw4w9WgXcQ',
			order: 'time',
			textFormat: 'plainText',
			maxResults: 50,
		});
		expect(requests[0].qs?.key).toBeUndefined();
		expect(requests[1].qs?.pageToken).toBe('QURTSl9pM0FFRk5fVjQ');
		expect(result.mentions[0]).toMatchObject({
			id: 'youtube:UgzK3bQ1t8ZxYvW4aB54AaABAg',
			url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=UgzK3bQ1t8ZxYvW4aB54AaABAg',
			text: "The blender in this ad broke after a week & Acme won't replace it.",
			author: { id: 'UCkate000000000000000001', handle: 'kitchenkate', name: '@kitchenkate' },
			engagement: { likes: 31, replies: 4, shares: 0 },
			tagged: true,
			query: 'video:dQw4w9WgXcQ',
		});
		expect(result.skipped).toEqual([
			{ index: 2, reason: 'thread UgxBROKEN: no topLevelComment snippet' },
		]);
		expect(result.notices).toContain(
			'used 2 YouTube quota units (commentThreads.list costs 1 per call)',
		);
	});

	it('searches each keyword with searchTerms', async () => {
		const { fetch, requests } = fakeFetch([{ when: () => true, answers: [ok({ items: [] })] }]);
		await searchYouTube(fetch, query({ keywords: ['refund', 'iade'] }), {
			...options,
			settings: { youtube: { channelId: 'UCacmeBrandChannel0000001' } },
		});
		expect(requests.map((request) => request.qs?.searchTerms)).toEqual(['refund', 'iade']);
		expect(requests[0].qs?.allThreadsRelatedToChannelId).toBe('UCacmeBrandChannel0000001');
	});

	it('does not retry a spent daily quota and says when it resets', async () => {
		const { fetch, requests } = fakeFetch([
			{ when: () => true, answers: [status(403, fixtureJson('youtube-quota.json'))] },
		]);
		const failure: SourceError = await searchYouTube(fetch, query(), options).catch(
			(error) => error,
		);
		expect(requests).toHaveLength(1);
		expect(failure.hint).toMatch(/midnight Pacific Time/);
		expect(failure.message).toContain('exceeded your quota');
	});

	it('needs a video or channel id', async () => {
		const { fetch } = fakeFetch([]);
		await expect(searchYouTube(fetch, query(), { ...options, settings: {} })).rejects.toThrow(
			/^videoId:/,
		);
		await expect(
			searchYouTube(fetch, query(), {
				...options,
				settings: { youtube: { channelId: 'not-a-channel' } },
			}),
		).rejects.toThrow(/^channelId:/);
	});
});
