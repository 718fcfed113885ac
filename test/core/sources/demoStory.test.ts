import type { Mention } from '../../../nodes/core/mention/Mention';
import { toScoringInput } from '../../../nodes/core/mention/fieldMapping';
import { acknowledge } from '../../../nodes/core/playbook/steps/acknowledge';
import { assess } from '../../../nodes/core/playbook/steps/assess/assess';
import type { ScoredMention } from '../../../nodes/core/playbook/reading/ScoredMention';
import { setDeadline } from '../../../nodes/core/playbook/steps/setDeadline';
import { createScorer } from '../../../nodes/core/scoring/createScorer';
import { searchDemo } from '../../../nodes/core/sources/demo';
import { DEMO_STORY_SPAN_MS, DEMO_SURGE_LEAD_MS } from '../../../nodes/core/sources/demoStory';
import { fakeFetch, query, recordingSleep } from './fakeHttp';

const { fetch } = fakeFetch([]);
const sleep = recordingSleep().sleep;
const score = createScorer();
const MINUTE = 60_000;
// Runs at odd minutes and seconds across two days: every hour of the day, any second of the minute.
const RUNS = Array.from(
	{ length: 60 },
	(_, index) => new Date(Date.parse('2025-12-01T00:00:00Z') + index * 53 * MINUTE + index * 997),
);

/** What the Quick Start does: Mention Fetch (Demo, Since 0) then Crisis Score. */
async function quickStartStory(
	now: Date,
	crisis: 'none' | 'delivery-outage' = 'delivery-outage',
): Promise<ScoredMention[]> {
	const result = await searchDemo(
		fetch,
		query({ keywords: ['acme'], handles: ['@acme'], brandHandles: ['@acme'], limit: 300 }),
		{
			now: () => now,
			sleep,
			settings: { demo: { crisis } },
		},
	);
	return result.mentions.map((mention: Mention) => ({
		...mention,
		crisis: score(toScoringInput(mention), now),
	}));
}

const critical = (mentions: ScoredMention[]) =>
	mentions.filter((mention) => mention.crisis?.level === 'critical');

describe('Demo source without a start time: the scenario’s story up to now', () => {
	it('is one delivery outage: the critical mentions are about deliveries, in English, and make one case', async () => {
		for (const now of RUNS) {
			const batch = critical(await quickStartStory(now));
			expect(batch.length).toBeGreaterThanOrEqual(3);
			const { brief, case: record } = assess(batch, {}, now);
			const [top, next] = brief.what.categories;
			expect([now.toISOString(), top.name, top.count > (next?.count ?? 0)]).toEqual([
				now.toISOString(),
				'delivery',
				true,
			]);
			expect([now.toISOString(), record.language]).toEqual([now.toISOString(), 'en']);
			expect(acknowledge({ case: record }, { brand: 'Acme' }, now).drafts.holdingStatement).toMatch(
				/^We know about the problem with deliveries/,
			);
		}
	});

	it('has just surged: a fresh run’s first-response deadline is still ahead', async () => {
		for (const now of RUNS) {
			const { case: record } = assess(critical(await quickStartStory(now)), {}, now);
			const { deadlines } = setDeadline({ case: record }, {}, now);
			expect([now.toISOString(), Date.parse(deadlines.firstResponseDue) > now.getTime()]).toEqual([
				now.toISOString(),
				true,
			]);
		}
	});

	it('builds: chatter for hours, scattered delivery complaints, then the surge with loud accounts', async () => {
		const now = RUNS[7];
		const story = await quickStartStory(now);
		const at = (mention: ScoredMention) => Date.parse(mention.createdAt);
		const surgeStart = now.getTime() - DEMO_SURGE_LEAD_MS - MINUTE;
		const before = story.filter((mention) => at(mention) < surgeStart);
		const surge = story.filter((mention) => at(mention) >= surgeStart);
		expect(
			story.every(
				(mention) =>
					at(mention) <= now.getTime() && at(mention) >= now.getTime() - DEMO_STORY_SPAN_MS,
			),
		).toBe(true);
		expect(before.filter((mention) => mention.crisis?.level === 'critical')).toEqual([]);
		// The first complaints come in during the hour before the surge, ordinary people, not yet many.
		const firstSigns = before.filter(
			(mention) =>
				mention.crisis?.categories.some((hit) => hit.name === 'delivery') &&
				at(mention) > now.getTime() - 75 * MINUTE,
		);
		expect(firstSigns.length).toBeGreaterThanOrEqual(8);
		expect(firstSigns.every((mention) => (mention.author.followers ?? 0) < 40_000)).toBe(true);
		// The surge: many posts a minute, well-followed accounts among them.
		expect(surge.length / ((now.getTime() - surgeStart) / MINUTE)).toBeGreaterThan(3);
		expect(surge.some((mention) => (mention.author.followers ?? 0) >= 40_000)).toBe(true);
		// What a real stream has too: praise and questions, posts that do not tag the brand, both of its languages.
		const labels = new Set(story.map((mention) => mention.crisis?.sentiment.label));
		expect(labels).toEqual(new Set(['negative', 'neutral', 'positive']));
		expect(
			story.some((mention) => mention.tagged) && story.some((mention) => !mention.tagged),
		).toBe(true);
		const turkish = story.filter((mention) => mention.language === 'tr').length;
		expect(turkish / story.length).toBeGreaterThan(0.1);
		expect(turkish / story.length).toBeLessThan(0.4);
	});

	it('is the same within a minute and a new story (with ids of its own) the next', async () => {
		const now = RUNS[3];
		const first = await quickStartStory(now);
		const unscored = (mentions: ScoredMention[]) =>
			mentions.map(({ crisis: _score, ...mention }) => mention);
		const sameMinute = await quickStartStory(
			new Date(Math.floor(now.getTime() / MINUTE) * MINUTE + 59_000),
		);
		expect(unscored(sameMinute)).toEqual(unscored(first));
		const next = await quickStartStory(new Date(now.getTime() + MINUTE));
		const ids = new Set(first.map((mention) => mention.id));
		expect(ids.size).toBe(first.length);
		expect(next.some((mention) => ids.has(mention.id))).toBe(false);
	});

	it('without a crisis is everyday chatter only', async () => {
		const calm = await quickStartStory(RUNS[5], 'none');
		expect(calm.length).toBeGreaterThan(20);
		expect(critical(calm)).toEqual([]);
	});
});
