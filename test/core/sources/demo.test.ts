import type { Mention } from '../../../nodes/core/mention/Mention';
import {
	crisisIntensity,
	DEMO_SLOT_MS,
	demoMentionsBetween,
	searchDemo,
} from '../../../nodes/core/sources/demo';
import { DEMO_TEXTS } from '../../../nodes/core/sources/demoTexts';
import { advancePoll, nextPollSince } from '../../../nodes/core/sources/pollCursor';
import { fakeFetch, query, recordingSleep } from './fakeHttp';

const { fetch, requests } = fakeFetch([]);
const sleep = recordingSleep().sleep;
const T0 = new Date('2025-03-10T17:00:00Z');
const HOUR = 3_600_000;

async function poll(
	now: Date,
	overrides: Parameters<typeof query>[0] = {},
	seed = 42,
	crisis: 'none' | 'delivery-outage' | 'data-leak' = 'none',
) {
	return searchDemo(fetch, query({ limit: 1000, ...overrides }), {
		now: () => now,
		sleep,
		settings: { demo: { seed, crisis } },
	});
}

describe('Demo source', () => {
	it('is deterministic: same now and seed, same mentions; another seed, other mentions', async () => {
		const first = await poll(T0);
		const again = await poll(T0);
		const otherSeed = await poll(T0, {}, 7);
		expect(first.mentions.length).toBeGreaterThan(0);
		expect(again).toEqual(first);
		expect(otherSeed.mentions.map((mention) => mention.text)).not.toEqual(
			first.mentions.map((mention) => mention.text),
		);
		expect(requests).toHaveLength(0);
	});

	it('produces well-formed mentions in English and Turkish', async () => {
		const day = demoMentionsBetween(new Date(T0.getTime() - 24 * HOUR), T0, {
			seed: 42,
			brand: 'Acme',
			crisis: 'none',
		});
		expect(new Set(day.map((mention) => mention.language))).toEqual(new Set(['en', 'tr']));
		for (const mention of day) {
			expect(mention.id).toMatch(/^demo:42-n-\d+-\d+$/);
			expect(mention.text).toMatch(/acme/i);
			expect(mention.text).not.toMatch(/\{\w+\}/);
			expect(
				Number.isFinite(
					mention.engagement.likes + mention.engagement.replies + mention.engagement.shares,
				),
			).toBe(true);
			expect(new Date(mention.createdAt).toISOString()).toBe(mention.createdAt);
		}
		expect(day.some((mention) => mention.text.includes('@acme'))).toBe(true);
	});

	it('has texts for every complaint category, positives and neutrals, in both languages', () => {
		for (const [category, byLanguage] of Object.entries(DEMO_TEXTS)) {
			expect([category, byLanguage.en.length >= 4, byLanguage.tr.length >= 4]).toEqual([
				category,
				true,
				true,
			]);
		}
		expect(Object.keys(DEMO_TEXTS).sort()).toEqual(
			[
				'billing',
				'boycott',
				'conduct',
				'delivery',
				'discrimination',
				'fraud',
				'legal',
				'neutral',
				'positive',
				'privacy',
				'quality',
				'safety',
				'service',
			].sort(),
		);
	});

	it('is quieter at night (Istanbul time) than in the evening', () => {
		const week = demoMentionsBetween(
			new Date('2025-03-03T00:00:00Z'),
			new Date('2025-03-10T00:00:00Z'),
			{ seed: 42, brand: 'Acme', crisis: 'none' },
		);
		const localHour = (mention: Mention) => (new Date(mention.createdAt).getUTCHours() + 3) % 24;
		const night = week.filter(
			(mention) => localHour(mention) >= 1 && localHour(mention) < 5,
		).length;
		const evening = week.filter(
			(mention) => localHour(mention) >= 18 && localHour(mention) < 22,
		).length;
		expect(evening).toBeGreaterThan(night * 3);
	});

	it('bursts with negative, loud complaints during a crisis', () => {
		const crisisStart = new Date('2025-03-10T14:00:00Z');
		const config = { seed: 42, brand: 'Acme', crisis: 'delivery-outage' as const, crisisStart };
		const before = demoMentionsBetween(new Date(crisisStart.getTime() - HOUR), crisisStart, config);
		const during = demoMentionsBetween(
			new Date(crisisStart.getTime() + 20 * 60_000),
			new Date(crisisStart.getTime() + 80 * 60_000),
			config,
		);
		expect(during.length).toBeGreaterThan(before.length * 4);
		expect(during.some((mention) => (mention.author.followers ?? 0) >= 40_000)).toBe(true);
		expect(
			during.filter((mention) => /refund|iade|teslimat|delivery|kargo/i.test(mention.text)).length,
		).toBeGreaterThan(during.length / 3);
		expect(crisisIntensity(crisisStart.getTime() - DEMO_SLOT_MS, config)).toBe(0);
		expect(crisisIntensity(crisisStart.getTime() + 30 * 60_000, config)).toBe(1);
	});

	it('recurs every two hours when no start is given', () => {
		const config = { seed: 42, brand: 'Acme', crisis: 'data-leak' as const };
		const intensities = Array.from({ length: 24 }, (_, slot) =>
			crisisIntensity(T0.getTime() + slot * DEMO_SLOT_MS, config),
		);
		expect(intensities.filter((value) => value > 0).length).toBe(8);
		expect(crisisIntensity(T0.getTime(), config)).toBe(
			crisisIntensity(T0.getTime() + 2 * HOUR, config),
		);
	});

	it('applies the query: language, excluded words, limit, since (at most 7 days back)', async () => {
		const turkish = await poll(T0, { language: 'tr' });
		expect(turkish.mentions.every((mention) => mention.language === 'tr')).toBe(true);
		const withoutRefunds = await poll(new Date(T0.getTime() + 24 * HOUR), {
			since: T0,
			excludeWords: ['refund', 'iade'],
		});
		expect(withoutRefunds.mentions.some((mention) => /refund|iade/i.test(mention.text))).toBe(
			false,
		);
		expect((await poll(T0, { limit: 3 })).mentions).toHaveLength(3);
		const longAgo = await poll(T0, { since: new Date(T0.getTime() - 30 * 24 * HOUR) });
		expect(
			Date.parse(longAgo.mentions[longAgo.mentions.length - 1].createdAt),
		).toBeGreaterThanOrEqual(T0.getTime() - 7 * 24 * HOUR);
	});

	it('yields only new mentions across polls through the poll cursor', async () => {
		let state: unknown;
		const emitted: string[] = [];
		let firstPollCount = -1;
		for (let step = 0; step <= 36; step++) {
			const now = new Date(T0.getTime() + step * 10 * 60_000);
			const since = nextPollSince(state, { now });
			const result = await poll(now, { since }, 42, 'delivery-outage');
			const outcome = advancePoll(state, result.mentions, result.cursor, { now });
			if (step === 0) firstPollCount = outcome.newMentions.length;
			emitted.push(...outcome.newMentions.map((mention) => mention.id));
			for (const mention of outcome.newMentions)
				expect(Date.parse(mention.createdAt)).toBeGreaterThan(T0.getTime());
			state = JSON.parse(JSON.stringify(outcome.state));
		}
		expect(firstPollCount).toBe(0);
		expect(new Set(emitted).size).toBe(emitted.length);
		const all = demoMentionsBetween(
			new Date(T0.getTime() + 1),
			new Date(T0.getTime() + 360 * 60_000),
			{ seed: 42, brand: 'Acme', crisis: 'delivery-outage' },
		);
		expect(emitted.sort()).toEqual(all.map((mention) => mention.id).sort());
	});
});
