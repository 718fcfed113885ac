import type { CaseRecord } from '../../../../nodes/core/playbook/case/CaseRecord';
import { respondToEvery } from '../../../../nodes/core/playbook/steps/respondToEvery';
import { incident, mention } from '../fixtures';

const NOW = '2025-03-03T07:30:00Z';

describe('respondToEvery', () => {
	const items: unknown[] = [
		mention({ id: 'x:1', source: 'x' }, { level: 'medium', label: 'negative' }),
		mention({ id: 'x:2', source: 'x' }, { level: 'low', label: 'positive' }),
		mention({ id: 'x:3', source: 'x' }, { level: 'critical', label: 'neutral' }),
		mention(
			{ id: 'appstore:4', source: 'appstore', rating: 1, author: { handle: 'u4', name: 'Kemal' } },
			{ level: 'low', label: 'neutral' },
		),
		mention({ id: 'x:5', source: 'x' }),
		{ id: 'x:6', text: 'broken item' },
		mention({ id: 'x:1', source: 'x' }, { level: 'medium', label: 'negative' }),
	];

	it('accounts for every item: a task, a reasoned skip, or an error naming the field', () => {
		const result = respondToEvery(items, {}, NOW);
		expect(result.tasks.map((t) => [t.index, t.task.mentionId, t.reason])).toEqual([
			[0, 'x:1', 'negative sentiment, medium risk'],
			[2, 'x:3', 'critical risk'],
			[3, 'appstore:4', '1-star rating'],
			[4, 'x:5', 'not scored: needs a human look'],
		]);
		expect(result.skipped).toEqual([
			{ index: 1, mentionId: 'x:2', reason: 'positive sentiment, low risk' },
			{ index: 6, mentionId: 'x:1', reason: 'duplicate of an earlier item in this batch' },
		]);
		expect(result.errors).toEqual([
			{ index: 5, field: 'mention.author', detail: expect.stringContaining('expected') },
		]);
		const accounted = [...result.tasks, ...result.skipped, ...result.errors]
			.map((r) => r.index)
			.sort();
		expect(accounted).toEqual([0, 1, 2, 3, 4, 5, 6]);
	});

	it('gives each task a due time by its level and a draft reply to the mention', () => {
		const [negative, critical, review] = respondToEvery(items, {}, NOW).tasks;
		// Medium: 4 business hours from 10:00 local; critical: 15 min around the clock.
		expect(negative.task).toMatchObject({
			dueAt: '2025-03-03T11:00:00Z',
			status: 'open',
			startedAt: '2025-03-03T07:00:00Z',
		});
		expect(critical.task.dueAt).toBe('2025-03-03T07:15:00Z');
		expect(negative.reply).toEqual({
			text: `@ayla, thank you for telling us. We are sorry about this and we are looking into it now (case ${negative.case.caseId}). We will get back to you by 3 Mar, 11:00 GMT+3.`,
			channel: 'x',
			inReplyTo: 'x:1',
		});
		expect(review.reply.text.startsWith('Kemal, thank you')).toBe(true);
		expect(negative.ticket.dueAt).toBe('2025-03-03T11:00:00Z');
	});

	it('leaves unscored mentions out only when told to, and honours minLevel', () => {
		const result = respondToEvery(items, { includeUnscored: false, minLevel: 'critical' }, NOW);
		expect(result.tasks.map((t) => t.task.mentionId)).toEqual(['x:1', 'x:3', 'appstore:4']);
		const strict = respondToEvery(
			[mention({ id: 'x:7' }, { level: 'high', label: 'neutral' })],
			{ minLevel: 'critical' },
			NOW,
		);
		expect(strict.tasks).toHaveLength(0);
	});

	it('puts all tasks on the incident case when the batch has an incident, idempotently', () => {
		const batch = [incident(), ...items];
		const first = respondToEvery(batch, {}, NOW);
		const caseIds = new Set(first.tasks.map((t) => t.case.caseId));
		expect(caseIds.size).toBe(1);
		const shared = first.tasks[0].case;
		expect(shared.tasks.map((t) => t.mentionId)).toEqual(['x:1', 'x:3', 'appstore:4', 'x:5']);
		const again = respondToEvery(
			[{ ...incident(), case: shared }, ...items],
			{},
			'2025-03-03T07:50:00Z',
		);
		expect(again.tasks[0].case).toEqual(shared);
		expect(again.tasks.map((t) => t.reply)).toEqual(first.tasks.map((t) => t.reply));
		// After the promised 08:00 has passed, the same tasks promise the next hour; nothing else changes.
		const later = respondToEvery(
			[{ ...incident(), case: shared }, ...items],
			{},
			'2025-03-03T08:30:00Z',
		);
		expect(withoutPromise(later.tasks[0].case)).toEqual(withoutPromise(shared));
		expect([shared.nextUpdateAt, later.tasks[0].case.nextUpdateAt]).toEqual([
			'2025-03-03T08:00:00Z',
			'2025-03-03T09:00:00Z',
		]);
		for (const task of later.tasks) expect(task.reply.text).toContain('by 3 Mar, 12:00 GMT+3.');
	});

	it('keeps the incident case to 100 tasks, so n task items do not carry n tasks each; the others get cases of their own', () => {
		const flood = Array.from({ length: 150 }, (_, i) =>
			mention({ id: `x:${i}` }, { level: 'high' }),
		);
		const result = respondToEvery([incident(), ...flood], {}, NOW);
		expect(result.tasks).toHaveLength(150);
		const shared = result.tasks[0].case;
		expect(shared.tasks).toHaveLength(100);
		expect(result.tasks.filter((t) => t.case.caseId === shared.caseId)).toHaveLength(100);
		for (const t of result.tasks.slice(100))
			expect(t.case.tasks.map((task) => task.mentionId)).toEqual([t.task.mentionId]);
		// Work and output grow with the number of mentions, not with its square.
		expect(
			result.tasks.reduce((sum, t) => sum + t.case.tasks.length + t.case.timeline.length, 0),
		).toBeLessThan(100 * (100 + 105) + 50 * 5);
	});

	it('gives each mention its own case outside an incident', () => {
		const result = respondToEvery(items, {}, NOW);
		expect(new Set(result.tasks.map((t) => t.case.caseId)).size).toBe(4);
	});

	it('run again on its own output, keeps each mention on its own case (the first item’s case is not an incident)', () => {
		const first = respondToEvery(items, {}, NOW);
		const output = first.tasks.map((t) => ({ ...(items[t.index] as object), case: t.case }));
		const again = respondToEvery(output, {}, '2025-03-03T08:30:00Z');
		expect(again.tasks.map((t) => withoutPromise(t.case))).toEqual(
			first.tasks.map((t) => withoutPromise(t.case)),
		);
	});

	it('run again on the output of an incident flood, keeps the incident case and each overflow case', () => {
		const flood = Array.from({ length: 102 }, (_, i) =>
			mention({ id: `x:${i}` }, { level: 'high' }),
		);
		const batch = [incident(), ...flood];
		const first = respondToEvery(batch, {}, NOW);
		const output = first.tasks.map((t) => ({ ...batch[t.index], case: t.case }));
		const again = respondToEvery(output, {}, '2025-03-03T08:30:00Z');
		expect(again.tasks.map((t) => withoutPromise(t.case))).toEqual(
			first.tasks.map((t) => withoutPromise(t.case)),
		);
	});
});

/** A case without its promised update time, which moves on once it has passed (see nextUpdate.test.ts). */
function withoutPromise(record: CaseRecord): Omit<CaseRecord, 'nextUpdateAt'> {
	const { nextUpdateAt: _promised, ...rest } = record;
	return rest;
}
