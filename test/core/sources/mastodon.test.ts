import { normaliseMastodonStatus, searchMastodon } from '../../../nodes/core/sources/mastodon';
import { fakeFetch, fixtureJson, NOW, ok, query, recordingSleep, status } from './fakeHttp';

describe('Mastodon adapter', () => {
	const options = {
		baseUrl: 'http://127.0.0.1:5678',
		now: () => NOW,
		sleep: recordingSleep().sleep,
	};

	it('reads the hashtag timeline, turns HTML into text and detects the brand mention', async () => {
		const { fetch, requests } = fakeFetch([
			{
				when: (request) => request.qs?.max_id === undefined,
				answers: [ok(fixtureJson('mastodon-tag.json'))],
			},
			{ when: () => true, answers: [ok([])] },
		]);
		const result = await searchMastodon(
			fetch,
			query({ keywords: ['Acme'], brandHandles: ['@acme@mastodon.social'] }),
			options,
		);
		expect(requests[0].url).toBe('http://127.0.0.1:5678/api/v1/timelines/tag/Acme');
		expect(requests[1].qs?.max_id).toBe('114136990000000001');
		const [first, second] = result.mentions;
		expect(first).toMatchObject({
			id: 'mastodon:114137012345678901',
			url: 'https://fosstodon.org/@mia/114137012345678901',
			language: 'en',
			createdAt: '2025-03-10T12:22:10.000Z',
			author: { id: '109876', handle: 'mia@fosstodon.org', name: 'Mia K.', followers: 1834 },
			engagement: { likes: 9, replies: 2, shares: 6 },
			tagged: true,
		});
		expect(first.text).toBe(
			"@acme your app leaked my order history to another user — that's a privacy breach. #Acme\n\nPlease fix it.",
		);
		expect(second).toMatchObject({
			tagged: false,
			inReplyTo: 'mastodon:114136990000000000',
			language: 'tr',
		});
		expect(second.text).toBe('#Acme kargom "teslim edildi" görünüyor ama gelmedi.\nÇok kötü.');
		expect(result.skipped).toEqual([
			{ index: 2, reason: 'status 114136990000000001: no account (search "Acme")' },
		]);
		expect(result.cursor).toBe('114137012345678901');
	});

	it('keeps the language filter and the since_id cursor of the previous poll', async () => {
		const { fetch, requests } = fakeFetch([
			{ when: () => true, answers: [ok(fixtureJson('mastodon-tag.json')), ok([])] },
		]);
		const result = await searchMastodon(fetch, query({ language: 'tr' }), {
			...options,
			sinceId: '114136000000000000',
		});
		expect(requests[0].qs?.since_id).toBe('114136000000000000');
		expect(result.mentions.map((mention) => mention.language)).toEqual(['tr']);
	});

	it('uses v2 search in search mode, with the content warning kept in the text', async () => {
		const { fetch, requests } = fakeFetch([
			{
				when: () => true,
				answers: [ok(fixtureJson('mastodon-search.json')), ok({ statuses: [] })],
			},
		]);
		const result = await searchMastodon(fetch, query({ keywords: ['Acme Bank'] }), {
			...options,
			settings: { mastodon: { mode: 'search' } },
		});
		expect(requests[0].url).toBe('http://127.0.0.1:5678/api/v2/search');
		expect(requests[0].qs).toMatchObject({ q: 'Acme Bank', type: 'statuses', resolve: false });
		expect(result.mentions[0].text).toBe('CW: rant\n\nAcme Bank fees again. Unbelievable.');
	});

	it('explains an empty search (status search needs a token)', async () => {
		const { fetch } = fakeFetch([
			{ when: () => true, answers: [ok({ accounts: [], statuses: [], hashtags: [] })] },
		]);
		const result = await searchMastodon(fetch, query(), {
			...options,
			settings: { mastodon: { mode: 'search' } },
		});
		expect(result.mentions).toEqual([]);
		expect(result.notices[0]).toMatch(/access token/);
	});

	it('honours a Mastodon ISO x-ratelimit-reset on 429', async () => {
		const { fetch } = fakeFetch([
			{
				when: () => true,
				answers: [
					status(
						429,
						{ error: 'Too many requests' },
						{ 'x-ratelimit-reset': '2025-03-10T12:30:20.000Z' },
					),
					ok([]),
				],
			},
		]);
		const recorder = recordingSleep();
		await searchMastodon(fetch, query(), { ...options, sleep: recorder.sleep });
		expect(recorder.waits).toEqual([20_000]);
	});
	describe('content warnings are plain text, not HTML', () => {
		const [status] = (
			fixtureJson('mastodon-search.json') as { statuses: Array<Record<string, unknown>> }
		).statuses;
		const POST =
			'<p>acme stole my money, total scam, I will sue <a href="https://mastodon.social/tags/acme" class="mention hashtag" rel="tag">#<span>acme</span></a></p>';
		const textWith = (spoilerText: string, content = POST) => {
			const mention = normaliseMastodonStatus(
				{ ...status, spoiler_text: spoilerText, content },
				query(),
				'acme',
				false,
			);
			return typeof mention === 'string' ? mention : mention.text;
		};

		// Read as HTML, "a <b" opened a tag that ran to the hashtag link's ">": the text was "a #acme", the risk 0 instead of 70.
		it('keeps a warning that looks like markup as written, and the post after it', () => {
			expect(textWith('a <b')).toBe('a <b\n\nacme stole my money, total scam, I will sue #acme');
			expect(textWith('<script>x</script> R&amp;D <3')).toBe(
				'<script>x</script> R&amp;D <3\n\nacme stole my money, total scam, I will sue #acme',
			);
		});

		it('collapses layout whitespace in the warning and leaves it out when blank', () => {
			expect(textWith('  rant\n\n\n\tabout  fees ')).toBe(
				'rant\n\nabout fees\n\nacme stole my money, total scam, I will sue #acme',
			);
			expect(textWith(' \n ')).toBe('acme stole my money, total scam, I will sue #acme');
			expect(textWith('CW only', '')).toBe('CW only');
		});

		it('reads a 60,000-character warning of "<p " as text', () => {
			expect(textWith('<p '.repeat(20_000))).toBe(
				`${'<p '.repeat(20_000).trim()}\n\nacme stole my money, total scam, I will sue #acme`,
			);
		});
	});

	describe('a hashtag timeline that answers []', () => {
		it('says the instance may restrict hashtag feeds and what to try', async () => {
			const { fetch } = fakeFetch([{ when: () => true, answers: [ok([])] }]);
			const result = await searchMastodon(fetch, query({ keywords: ['Acme Bank'] }), options);
			expect(result.mentions).toEqual([]);
			expect(result.notices).toHaveLength(1);
			const [notice] = result.notices;
			expect(notice).toContain('#AcmeBank');
			expect(notice).toContain('127.0.0.1:5678');
			expect(notice).toMatch(/Mastodon 4\.5/);
			expect(notice).toMatch(/access token/);
			expect(notice).toMatch(/Status Search/);
		});

		it("says nothing when a poll's since_id simply finds nothing new", async () => {
			const { fetch } = fakeFetch([{ when: () => true, answers: [ok([])] }]);
			const result = await searchMastodon(fetch, query(), {
				...options,
				sinceId: '114136000000000000',
			});
			expect(result.notices).toEqual([]);
		});

		it('says nothing when the timeline has posts, even if all are filtered out', async () => {
			const { fetch } = fakeFetch([
				{
					when: (request) => request.qs?.max_id === undefined,
					answers: [ok(fixtureJson('mastodon-tag.json'))],
				},
				{ when: () => true, answers: [ok([])] },
			]);
			const result = await searchMastodon(fetch, query({ language: 'de' }), options);
			expect(result.mentions).toEqual([]);
			expect(result.notices).toEqual([]);
		});
	});

	describe('local accounts (acct without a domain) are qualified with their instance', () => {
		const [remote] = fixtureJson('mastodon-tag.json') as Array<Record<string, unknown>>;
		const localStatus = (account: Record<string, unknown>, mentions: unknown[] = []) => ({
			...remote,
			id: '114137099999999999',
			url: 'https://mastodon.example/@admin/114137099999999999',
			uri: 'https://mastodon.example/users/admin/statuses/114137099999999999',
			content: '<p>Acme support never answers.</p>',
			account: {
				id: '1',
				username: 'admin',
				acct: 'admin',
				display_name: 'Admin',
				url: 'https://mastodon.example/@admin',
				followers_count: 12,
				...account,
			},
			mentions,
		});

		it("takes the domain from the account's profile URL", () => {
			const mention = normaliseMastodonStatus(
				localStatus({}),
				query(),
				'Acme',
				false,
				'mastodon.proxy.internal',
			);
			expect(mention).toMatchObject({
				author: { handle: 'admin@mastodon.example', url: 'https://mastodon.example/@admin' },
			});
		});

		it('falls back to the instance asked when the account has no URL', () => {
			const mention = normaliseMastodonStatus(
				localStatus({ url: undefined }),
				query(),
				'Acme',
				false,
				'mastodon.example',
			);
			expect(mention).toMatchObject({ author: { handle: 'admin@mastodon.example' } });
		});

		it('leaves a remote acct as it is', () => {
			const mention = normaliseMastodonStatus(remote, query(), 'Acme', false, 'mastodon.social');
			expect(mention).toMatchObject({ author: { handle: 'mia@fosstodon.org' } });
		});

		it("qualifies the timeline's authors with the instance searched", async () => {
			const { fetch } = fakeFetch([
				{
					when: (request) => request.qs?.max_id === undefined,
					answers: [ok([localStatus({ url: undefined })])],
				},
				{ when: () => true, answers: [ok([])] },
			]);
			const result = await searchMastodon(fetch, query(), {
				...options,
				baseUrl: 'https://mastodon.example',
			});
			expect(result.mentions[0].author.handle).toBe('admin@mastodon.example');
		});

		it("a local mention of another instance's account of the same name does not tag the brand", () => {
			const namesake = {
				id: '7',
				username: 'acme',
				acct: 'acme',
				url: 'https://mastodon.example/@acme',
			};
			const notBrand = normaliseMastodonStatus(
				localStatus({}, [namesake]),
				query({ brandHandles: ['@acme@mastodon.social'] }),
				'Acme',
				false,
				'mastodon.example',
			);
			expect(notBrand).toMatchObject({ tagged: false });
			const brand = normaliseMastodonStatus(
				localStatus({}, [namesake]),
				query({ brandHandles: ['@acme@mastodon.example'] }),
				'Acme',
				false,
				'mastodon.example',
			);
			expect(brand).toMatchObject({ tagged: true });
		});
	});
});
