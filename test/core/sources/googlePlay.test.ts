import { googlePlay, searchGooglePlay } from '../../../nodes/core/sources/googlePlay';
import { FieldError } from '../../../nodes/core/errors/FieldError';
import { SourceError } from '../../../nodes/core/sources/SourceError';
import { fakeFetch, fixtureJson, NOW, ok, query, recordingSleep, status } from './fakeHttp';

const SHOP = 'com.acme.shop';
const BASE = 'http://127.0.0.1:5678';
const PAGE2_TOKEN = 'CmMKXwoQT3JkZXJCeUxhc3RNb2RpZmllZBIzZ3A6QU9xcFRPSDN4Szlt';
const reviewsOf = (packageName: string) =>
	`${BASE}/androidpublisher/v3/applications/${packageName}/reviews`;

function options(extra: Record<string, unknown> = {}) {
	return {
		baseUrl: BASE,
		now: () => NOW,
		sleep: recordingSleep().sleep,
		settings: { googlePlay: { packageNames: [SHOP] } },
		...extra,
	};
}

/** Page 1 without a token, page 2 with the token page 1 gave. */
function twoPages(packageName = SHOP) {
	return [
		{
			when: (r: { url: string; qs?: Record<string, unknown> }) =>
				r.url === reviewsOf(packageName) && r.qs?.token === undefined,
			answers: [ok(fixtureJson('googleplay-reviews-page1.json'))],
		},
		{
			when: (r: { url: string; qs?: Record<string, unknown> }) =>
				r.url === reviewsOf(packageName) && r.qs?.token === PAGE2_TOKEN,
			answers: [ok(fixtureJson('googleplay-reviews-page2.json'))],
		},
	];
}

describe('Google Play adapter (reviews.list)', () => {
	it('reads the documented Review shape: rating, developer reply, title and body, language, Play link', async () => {
		const { fetch, requests } = fakeFetch(twoPages());
		const result = await searchGooglePlay(fetch, query(), options());
		expect(requests.map((request) => [request.url, request.qs])).toEqual([
			[reviewsOf(SHOP), { maxResults: 50 }],
			[reviewsOf(SHOP), { maxResults: 47, token: PAGE2_TOKEN }],
		]);
		const [complaint, praise] = result.mentions;
		expect(complaint).toEqual({
			id: 'googleplay:gp:AOqpTOFmAVORqfWGcaqfF39ftwFjGkjecjvjXnC3g_uL0NqZDtB1h-ReNnTMeBkObPEg1',
			source: 'googleplay',
			url: 'https://play.google.com/store/apps/details?id=com.acme.shop&reviewId=gp%3AAOqpTOFmAVORqfWGcaqfF39ftwFjGkjecjvjXnC3g_uL0NqZDtB1h-ReNnTMeBkObPEg1',
			text: 'Siparişim kayıp\n\nAcme kargo 5 gündür gelmedi, iade de yapılmıyor. Rezalet!',
			language: 'tr',
			createdAt: '2025-03-10T12:10:00.713Z',
			author: { handle: 'Ayşe Yılmaz', name: 'Ayşe Yılmaz' },
			engagement: { likes: 12, replies: 0, shares: 0 },
			tagged: true,
			query: 'Acme',
			rating: 1,
			brandReplied: true,
			brandRepliedAt: '2025-03-10T11:00:00.000Z',
		});
		expect(praise).toMatchObject({
			language: 'en',
			rating: 5,
			brandReplied: false,
			query: `app:${SHOP}`,
			createdAt: '2025-03-10T09:00:00.120Z',
		});
		expect(praise.brandRepliedAt).toBeUndefined();
		expect(praise.raw).toBeUndefined();
	});

	it('asks the Android Publisher API at its documented address when no Base URL is given', async () => {
		const { fetch, requests } = fakeFetch([{ when: () => true, answers: [ok({ reviews: [] })] }]);
		await searchGooglePlay(fetch, query(), options({ baseUrl: undefined }));
		expect(requests.map((request) => request.url)).toEqual([
			`https://androidpublisher.googleapis.com/androidpublisher/v3/applications/${SHOP}/reviews`,
		]);
	});

	it('pages with tokenPagination.nextPageToken, returns a review listed twice once, and skips one without a date with a reason', async () => {
		const { fetch } = fakeFetch(twoPages());
		const result = await searchGooglePlay(fetch, query(), options());
		expect(result.mentions.map((mention) => mention.createdAt)).toEqual([
			'2025-03-10T12:10:00.713Z',
			'2025-03-10T09:00:00.120Z',
			'2025-03-09T18:30:00.000Z',
			'2025-03-08T08:00:00.000Z',
		]);
		expect(result.skipped).toEqual([
			{
				index: 4,
				reason:
					'review gp:AOqpTOEbrokenNoDate0000000000000000000000000000000000000000000004: no valid lastModified (app com.acme.shop)',
			},
		]);
		// A review without a name is shown as Google shows it, and is not counted as the same author as other nameless reviews.
		expect(result.mentions[3].author).toEqual({
			handle: 'Google user gp:AOqpTOFq7wLx2vN5bK8jH1gD4sA0zX3cV6bN9mQ2wE5rT8yU1iO4pA7sD0fG3hJ5',
			name: 'A Google user',
		});
		expect(result.requests).toBe(2);
	});

	it('stops at Limit: asks for only as many as it still needs and does not follow the next page', async () => {
		const { fetch, requests } = fakeFetch(twoPages());
		const result = await searchGooglePlay(fetch, query({ limit: 2 }), options());
		expect(requests).toHaveLength(1);
		expect(requests[0].qs?.maxResults).toBe(2);
		expect(result.mentions).toHaveLength(2);
	});

	it('keeps only reviews last changed at or after since, and stops paging at the first older one (newest first)', async () => {
		const { fetch, requests } = fakeFetch(twoPages());
		const result = await searchGooglePlay(
			fetch,
			query({ since: new Date('2025-03-10T00:00:00Z') }),
			options(),
		);
		expect(result.mentions.map((mention) => mention.createdAt)).toEqual([
			'2025-03-10T12:10:00.713Z',
			'2025-03-10T09:00:00.120Z',
		]);
		expect(requests).toHaveLength(1);
		expect(result.notices.some((notice) => notice.includes('last 7 days'))).toBe(false);
	});

	it('says that Google keeps only the last week of reviews with text when asked for more', async () => {
		const { fetch } = fakeFetch(twoPages());
		const result = await searchGooglePlay(fetch, query(), options());
		expect(result.notices).toContain(
			'Google Play lists only reviews created or edited in the last 7 days, and only those with text: older reviews and star-only ratings are not available through the API',
		);
		expect(result.notices).toContain(
			'reviews.list requests this run: com.acme.shop 2 (Google Play allows 200 per hour per app)',
		);
	});

	it('an app with no reviews gives a notice, not a silent empty result', async () => {
		const { fetch } = fakeFetch([
			{ when: () => true, answers: [ok({ pageInfo: { totalResults: 0 } })] },
		]);
		const result = await searchGooglePlay(
			fetch,
			query({ since: new Date('2025-03-10T00:00:00Z') }),
			options(),
		);
		expect(result.mentions).toEqual([]);
		expect(result.notices).toContain(
			'com.acme.shop: Google Play listed no reviews with text created or edited in the last 7 days',
		);
	});

	it('reads several apps (a pasted Play link too), asks each at least once, and merges them newest first', async () => {
		const other = 'com.acme.courier';
		const { fetch, requests } = fakeFetch([
			...twoPages(),
			{
				when: (request) => request.url === reviewsOf(other),
				answers: [
					ok({
						reviews: [
							{
								reviewId: 'gp:courier-1',
								authorName: 'Deniz',
								comments: [
									{
										userComment: {
											text: 'Kurye paketi kapıya bıraktı',
											lastModified: { seconds: '1741600000', nanos: 0 },
											starRating: 2,
										},
									},
								],
							},
						],
					}),
				],
			},
		]);
		const result = await searchGooglePlay(
			fetch,
			query({ limit: 3 }),
			options({
				maxRequests: 1,
				settings: {
					googlePlay: {
						packageNames: [
							SHOP,
							` https://play.google.com/store/apps/details?id=${other}&hl=tr `,
							SHOP,
						],
					},
				},
			}),
		);
		expect(requests.map((request) => request.url)).toEqual([reviewsOf(SHOP), reviewsOf(other)]);
		expect(result.mentions.map((mention) => mention.id)).toEqual([
			'googleplay:gp:AOqpTOFmAVORqfWGcaqfF39ftwFjGkjecjvjXnC3g_uL0NqZDtB1h-ReNnTMeBkObPEg1',
			'googleplay:gp:courier-1',
			'googleplay:gp:AOqpTOGr0nEy9bq1tY2vUJcX7PzW5LmNnQ8sR4aKdHfB3cE6gI0jLoMpTuVwXyZ12',
		]);
		expect(result.mentions[1].url).toBe(
			'https://play.google.com/store/apps/details?id=com.acme.courier&reviewId=gp%3Acourier-1',
		);
	});

	it("asks Google for translated texts and then gives the translation's language", async () => {
		const { fetch, requests } = fakeFetch([
			{
				when: () => true,
				answers: [
					ok({
						reviews: [
							{
								reviewId: 'gp:t1',
								authorName: 'Ayla',
								comments: [
									{
										userComment: {
											text: 'My order is lost',
											originalText: 'Siparişim kayboldu',
											reviewerLanguage: 'tr',
											lastModified: { seconds: '1741600000' },
											starRating: 1,
										},
									},
								],
							},
						],
					}),
				],
			},
		]);
		const result = await searchGooglePlay(
			fetch,
			query(),
			options({ settings: { googlePlay: { packageNames: [SHOP], translationLanguage: 'en' } } }),
		);
		expect(requests[0].qs?.translationLanguage).toBe('en');
		expect(result.mentions[0]).toMatchObject({ text: 'My order is lost', language: 'en' });
	});

	it('names the field for a bad package name or language before any request', async () => {
		const { fetch, requests } = fakeFetch([]);
		await expect(
			searchGooglePlay(
				fetch,
				query(),
				options({ settings: { googlePlay: { packageNames: ['Acme Shop'] } } }),
			),
		).rejects.toThrow(/^packageNames: "Acme Shop" is not an Android package name/);
		await expect(
			searchGooglePlay(fetch, query(), options({ settings: { googlePlay: { packageNames: [] } } })),
		).rejects.toThrow(FieldError);
		await expect(
			searchGooglePlay(
				fetch,
				query(),
				options({
					settings: { googlePlay: { packageNames: [SHOP], translationLanguage: 'english' } },
				}),
			),
		).rejects.toThrow(/^translationLanguage:/);
		expect(requests).toHaveLength(0);
	});

	describe('errors say what to do', () => {
		const googleError = (code: number, reason: string, message: string, statusText: string) => ({
			error: {
				code,
				message,
				errors: [{ message, domain: 'androidpublisher', reason }],
				status: statusText,
			},
		});

		it('a service account missing from Play Console (401 or 403 permissionDenied) is told to get the "Reply to reviews" permission, not to reconnect', async () => {
			for (const code of [401, 403]) {
				const { fetch, requests } = fakeFetch([
					{
						when: () => true,
						answers: [
							status(
								code,
								googleError(
									code,
									'permissionDenied',
									'The current user has insufficient permissions to perform the requested operation.',
									'PERMISSION_DENIED',
								),
							),
						],
					},
				]);
				const failure = await searchGooglePlay(fetch, query(), options()).catch(
					(error: unknown) => error,
				);
				expect(failure).toBeInstanceOf(SourceError);
				expect((failure as SourceError).message).toBe(
					`Google Play answered ${code}: The current user has insufficient permissions to perform the requested operation. (GET ${reviewsOf(SHOP)})`,
				);
				expect((failure as SourceError).hint).toMatch(
					/Play Console → Users and permissions.*"Reply to reviews" permission/,
				);
				expect(requests).toHaveLength(1);
			}
		});

		it('a 401 UNAUTHENTICATED is the access token running out (the credential signs in again); a 401 permissionDenied is not', () => {
			const unauthenticated = status(401, {
				error: {
					code: 401,
					message: 'Request had invalid authentication credentials.',
					status: 'UNAUTHENTICATED',
				},
			});
			const denied = status(
				401,
				googleError(
					401,
					'permissionDenied',
					'The current user has insufficient permissions to perform the requested operation.',
					'PERMISSION_DENIED',
				),
			);
			expect(
				[unauthenticated, denied, status(403, {})].map((response) =>
					googlePlay.session?.expired(response),
				),
			).toEqual([true, false, false]);
			expect(googlePlay.session?.renew).toEqual({ expirableField: 'accessToken' });
		});

		it('a disabled API is told to enable the Google Play Android Developer API', async () => {
			const message =
				'Google Play Android Developer API has not been used in project 123456 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/androidpublisher.googleapis.com/overview?project=123456 then retry.';
			const body = googleError(403, 'accessNotConfigured', message, 'PERMISSION_DENIED');
			const { fetch } = fakeFetch([
				{
					when: () => true,
					answers: [
						status(403, {
							error: {
								...body.error,
								details: [
									{
										'@type': 'type.googleapis.com/google.rpc.ErrorInfo',
										reason: 'SERVICE_DISABLED',
										domain: 'googleapis.com',
									},
								],
							},
						}),
					],
				},
			]);
			const failure: SourceError = await searchGooglePlay(fetch, query(), options()).catch(
				(error) => error,
			);
			expect(failure.hint).toMatch(
				/^the Google Play Android Developer API is not enabled: enable androidpublisher\.googleapis\.com/,
			);
		});

		it('an unknown package is told to check the package name', async () => {
			const { fetch } = fakeFetch([
				{
					when: () => true,
					answers: [
						status(
							404,
							googleError(404, 'notFound', 'Package not found: com.acme.shop.', 'NOT_FOUND'),
						),
					],
				},
			]);
			const failure: SourceError = await searchGooglePlay(fetch, query(), options()).catch(
				(error) => error,
			);
			expect(failure.status).toBe(404);
			expect(failure.hint).toMatch(/check the package name/);
		});

		it('a 429 is waited out as Retry-After says and the search goes on', async () => {
			const { sleep, waits } = recordingSleep();
			const { fetch, requests } = fakeFetch([
				{
					when: (request) => request.qs?.token === undefined,
					answers: [
						status(
							429,
							googleError(429, 'rateLimitExceeded', 'Quota exceeded', 'RESOURCE_EXHAUSTED'),
							{ 'Retry-After': '7' },
						),
						ok(fixtureJson('googleplay-reviews-page1.json')),
					],
				},
				{ when: () => true, answers: [ok({ reviews: [] })] },
			]);
			const result = await searchGooglePlay(fetch, query(), options({ sleep }));
			expect(waits).toEqual([7000]);
			expect(requests).toHaveLength(3);
			expect(result.mentions).toHaveLength(3);
		});
	});
});
