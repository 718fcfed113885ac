import { searchRss } from '../../../nodes/core/sources/rss';
import { fakeFetch, fixtureText, NOW, ok, query, recordingSleep, status } from './fakeHttp';

const GOOD = 'http://127.0.0.1:5678/news.rss';
const HOSTILE = 'http://127.0.0.1:5678/hostile.rss';

describe('a hostile error body on one feed', () => {
	it("becomes a notice about that feed; the good feed's mentions are kept", async () => {
		const deep = JSON.parse(`${'{"error":'.repeat(20_000)}"x"${'}'.repeat(20_000)}`) as unknown;
		const { fetch } = fakeFetch([
			{ when: (request) => request.url === HOSTILE, answers: [status(400, deep)] },
			{ when: (request) => request.url === GOOD, answers: [ok(fixtureText('news.rss.xml'))] },
		]);
		const result = await searchRss(fetch, query({ keywords: [] }), {
			now: () => NOW,
			sleep: recordingSleep().sleep,
			settings: { rss: { feedUrls: [HOSTILE, GOOD] } },
		});
		expect(result.mentions.length).toBeGreaterThan(0);
		expect(result.notices).toEqual([
			expect.stringMatching(
				/^feed http:\/\/127\.0\.0\.1:5678\/hostile\.rss failed: RSS\/Atom answered 400 \(GET /,
			),
		]);
	});
});
