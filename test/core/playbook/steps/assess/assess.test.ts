import { assess } from '../../../../../nodes/core/playbook/steps/assess/assess';
import { incident, mention } from '../../fixtures';

const NOW = '2025-03-03T08:00:00Z';

function batch(): unknown[] {
	return [
		incident({ level: 'critical', volume: 9, baseline: 1.5 }),
		mention(
			{ id: 'x:1', source: 'x', createdAt: '2025-03-03T06:10:00Z', author: { handle: 'a1' } },
			{ level: 'high', risk: 70, categories: ['delivery'] },
		),
		mention(
			{ id: 'x:2', source: 'x', createdAt: '2025-03-03T07:10:00Z', author: { handle: 'a2' } },
			{ level: 'critical', risk: 95, categories: ['delivery'] },
		),
		mention(
			{ id: 'x:3', source: 'x', createdAt: '2025-03-03T07:20:00Z', author: { handle: 'a2' } },
			{ level: 'critical', risk: 94, categories: ['delivery'] },
		),
		mention(
			{
				id: 'r:4',
				source: 'reddit',
				createdAt: '2025-03-03T07:30:00Z',
				author: { handle: 'a4' },
				tagged: false,
			},
			{ level: 'high', risk: 80, categories: ['billing'] },
		),
		mention(
			{ id: 'x:5', source: 'x', createdAt: '2025-03-03T07:40:00Z', author: { handle: 'a5' } },
			{ level: 'medium', risk: 85, categories: ['delivery'] },
		),
		mention(
			{
				id: 'm:6',
				source: 'mastodon',
				createdAt: '2025-03-03T07:50:00Z',
				author: { handle: 'a6' },
				text: '<script>x</script> <!channel> *boom*',
			},
			{ level: 'low', risk: 20, label: 'positive' },
		),
		mention({
			id: 'x:7',
			source: 'x',
			createdAt: '2025-03-03T07:55:00Z',
			author: { handle: 'a7' },
		}),
	];
}

describe('assess', () => {
	it('counts what, where, how many, since when and the trend', () => {
		const { brief } = assess(batch(), {}, NOW);
		expect(brief.what.categories).toEqual([
			{ name: 'delivery', count: 4 },
			{ name: 'billing', count: 1 },
		]);
		expect(brief.what.sentiment).toEqual({ negative: 5, neutral: 0, positive: 1, unscored: 1 });
		expect(brief.what.phrases).toEqual(['delivery', 'billing']);
		expect(brief.what.reasons).toEqual(['42 mentions in 10 min vs 3.5 usual']);
		expect(brief.where).toEqual({
			sources: [
				{ source: 'x', count: 5 },
				{ source: 'mastodon', count: 1 },
				{ source: 'reddit', count: 1 },
			],
			tagged: 6,
			untagged: 1,
		});
		expect(brief.howMany).toEqual({ mentions: 7, negative: 5, authors: 6, engagement: 7 });
		expect(brief.since).toEqual({
			first: '2025-03-03T06:10:00Z',
			last: '2025-03-03T07:55:00Z',
			firstLocal: '3 Mar, 09:10 GMT+3',
		});
		expect(brief.trend).toEqual({
			label: 'rising',
			recent: 6,
			previous: 1,
			windowMinutes: 60,
			volume: 9,
			baseline: 1.5,
		});
	});

	it('picks three representative mentions: highest risk first, then diverse sources, categories and authors', () => {
		const { brief } = assess(batch(), {}, NOW);
		// x:3 (94) is left out: same author as x:2. r:4 (80, reddit, billing) beats x:5 (85, x, delivery) on diversity.
		expect(brief.representative.map((m) => m.id)).toEqual(['x:2', 'r:4', 'x:5']);
		expect(assess(batch(), { samples: 1 }, NOW).brief.representative.map((m) => m.id)).toEqual([
			'x:2',
		]);
	});

	it('asks the category questions before the general ones, in the brief language', () => {
		const { brief } = assess(batch(), {}, NOW);
		expect(brief.openQuestions[0]).toMatch(/region, carrier or warehouse/);
		expect(brief.openQuestions[1]).toMatch(/charged wrongly/);
		expect(brief.openQuestions).toHaveLength(5);
		expect(assess(batch(), { language: 'tr' }, NOW).brief.openQuestions[0]).toMatch(
			/kargo firması/,
		);
	});

	it('renders markdown and Slack blocks with user text escaped', () => {
		const result = assess(batch(), { samples: 7 }, NOW);
		expect(result.markdown).toContain('## Situation brief · Acme · ');
		expect(result.markdown).toContain('\\<script\\>x\\</script\\>');
		expect(result.markdown).not.toContain('<script>');
		const slack = JSON.stringify(result.chat);
		expect(slack).not.toMatch(/<script>|<!channel>/);
		expect(result.chat.blocks.length).toBeGreaterThanOrEqual(4);
		expect(result.chat.text).toContain('*Representative mentions*');
		expect(result.ticket.description).toContain(result.markdown);
	});

	it('does not turn a javascript: URL into a link', () => {
		const items = [mention({ id: 'x:1', url: 'javascript:alert(1)' }, { level: 'high', risk: 90 })];
		const result = assess(items, {}, NOW);
		expect(result.markdown).not.toContain('](javascript');
		expect(JSON.stringify(result.chat)).not.toContain('<javascript');
	});

	it('records the categories on the case and is idempotent', () => {
		const first = assess(batch(), {}, NOW);
		expect(first.case.categories.slice(0, 2)).toEqual(['delivery', 'billing']);
		const [event, ...mentions] = batch();
		const again = assess([{ ...(event as object), case: first.case }, ...mentions], {}, NOW);
		expect(again.case).toEqual(first.case);
		expect(again.markdown).toBe(first.markdown);
	});

	it('reports unreadable items and refuses an empty batch', () => {
		expect(assess([...batch(), { what: 1 }], {}, NOW).errors).toEqual([
			{ index: 8, field: 'item', detail: expect.any(String) },
		]);
		expect(() => assess([], {}, NOW)).toThrow(/items: no readable mention/);
		expect(() => assess(batch(), { trendWindow: '1bd' }, NOW)).toThrow(/trendWindow/);
	});
});
