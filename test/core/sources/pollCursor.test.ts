import type { Mention } from '../../../nodes/core/mention/Mention';
import {
	advancePoll,
	nextPollSince,
	POLL_OVERLAP_MS,
	readPollState,
} from '../../../nodes/core/sources/pollCursor';

const T0 = Date.parse('2025-03-10T12:00:00Z');

function mention(id: string, at: number): Mention {
	return {
		id,
		source: 'demo',
		url: `https://example.invalid/${id}`,
		text: id,
		createdAt: new Date(at).toISOString(),
		author: { handle: 'someone' },
		engagement: { likes: 0, replies: 0, shares: 0 },
		tagged: false,
		query: 'Acme',
	};
}

describe('advancePoll', () => {
	it('emits nothing on the first poll but remembers everything and sets the cursor', () => {
		const fetched = [mention('a', T0 - 60_000), mention('b', T0 - 30_000)];
		const outcome = advancePoll(undefined, fetched, 'native-9', { now: new Date(T0) });
		expect(outcome).toMatchObject({ firstPoll: true, newMentions: [], notices: [] });
		expect(outcome.state.seen.map(([id]) => id)).toEqual(['a', 'b']);
		expect(outcome.state.sinceId).toBe('native-9');
		const next = advancePoll(outcome.state, [...fetched, mention('c', T0 + 60_000)], undefined, {
			now: new Date(T0 + 120_000),
		});
		expect(next.newMentions.map((item) => item.id)).toEqual(['c']);
		expect(next.state.sinceId).toBe('native-9');
	});

	it('backfills the last N hours on the first poll when asked, oldest first', () => {
		const fetched = [
			mention('new', T0 - 30 * 60_000),
			mention('old', T0 - 3 * 3_600_000),
			mention('mid', T0 - 90 * 60_000),
		];
		const outcome = advancePoll(undefined, fetched, undefined, {
			now: new Date(T0),
			backfillHours: 2,
		});
		expect(outcome.newMentions.map((item) => item.id)).toEqual(['mid', 'new']);
	});

	it('resets a damaged state with a notice and emits nothing', () => {
		for (const damaged of [
			'garbage',
			{ version: 1, seen: 'x' },
			{ version: 2 },
			{ version: 1, newestCreatedAt: 'nope', floorMs: 0, seen: [] },
		]) {
			const outcome = advancePoll(damaged, [mention('a', T0)], undefined, {
				now: new Date(T0),
				backfillHours: 24,
			});
			expect(outcome.newMentions).toEqual([]);
			expect(outcome.notices[0]).toMatch(/unreadable and has been reset/);
			expect(readPollState(outcome.state)).toBeDefined();
		}
	});

	it('never emits the same id twice, even when the source repeats it', () => {
		let state = advancePoll(undefined, [], undefined, { now: new Date(T0) }).state;
		const seen: string[] = [];
		for (let poll = 1; poll <= 50; poll++) {
			const batch = [
				mention(`m${poll}`, T0 + poll * 1000),
				mention(`m${poll - 1}`, T0 + (poll - 1) * 1000),
				mention(`m${poll}`, T0 + poll * 1000),
			];
			const outcome = advancePoll(state, batch, undefined, { now: new Date(T0 + poll * 1000) });
			seen.push(...outcome.newMentions.map((item) => item.id));
			state = outcome.state;
		}
		expect(seen).toEqual(Array.from({ length: 50 }, (_, index) => `m${index + 1}`));
	});

	it('stays under the cap over 10,000 polls and does not re-emit evicted ids', () => {
		const maxSeen = 500;
		let state: unknown = advancePoll(undefined, [], undefined, {
			now: new Date(T0),
			maxSeen,
		}).state;
		let emitted = 0;
		let largestSeen = 0;
		for (let poll = 1; poll <= 10_000; poll++) {
			const now = T0 + poll * 60_000;
			// Three new mentions per poll, plus one from long ago that was seen and has since been evicted.
			const batch = [
				mention(`p${poll}-a`, now - 3000),
				mention(`p${poll}-b`, now - 2000),
				mention(`p${poll}-c`, now - 1000),
			];
			if (poll > 400) batch.push(mention(`p${poll - 400}-a`, now - 400 * 60_000 - 3000));
			const outcome = advancePoll(state, batch, undefined, { now: new Date(now), maxSeen });
			emitted += outcome.newMentions.length;
			largestSeen = Math.max(largestSeen, outcome.state.seen.length);
			state = outcome.state;
		}
		expect(largestSeen).toBe(maxSeen);
		expect(emitted).toBe(30_000);
		expect(JSON.stringify(state).length).toBeLessThan(40_000);
	});
});

describe('nextPollSince', () => {
	it('reaches back a little before the newest mention, or by the backfill on the first poll', () => {
		const now = new Date(T0);
		expect(nextPollSince(undefined, { now }).getTime()).toBe(T0 - POLL_OVERLAP_MS);
		expect(nextPollSince(undefined, { now, backfillHours: 6 }).getTime()).toBe(T0 - 6 * 3_600_000);
		const { state } = advancePoll(undefined, [mention('a', T0 + 5 * 60_000)], undefined, { now });
		expect(nextPollSince(state, { now }).getTime()).toBe(T0 + 5 * 60_000 - POLL_OVERLAP_MS);
	});
});
