import { watch } from '../../../../../nodes/core/playbook/steps/watch/watch';
import { incident, mention } from '../../fixtures';

const NOW = '2025-03-03T07:30:00Z';

describe('watch', () => {
	const batch = [
		incident({ level: 'critical' }),
		mention({
			id: 'x:1',
			source: 'x',
			text: 'Acme refund still missing #AcmeFail https://acme.example/x',
			author: { handle: 'big', followers: 90000 },
		}),
		mention({
			id: 'x:2',
			source: 'x',
			text: 'Refund missing for weeks, acme support silent #acmefail',
			tagged: false,
			author: { handle: 'small', followers: 10 },
		}),
		mention({
			id: 'm:3',
			source: 'mastodon',
			text: 'Support is silent about my refund #boycottacme',
			tagged: false,
			author: { handle: 'mid', followers: 500 },
		}),
		mention({
			id: 'm:4',
			source: 'mastodon',
			text: 'İADE yapılmadı, iade bekliyorum',
			language: 'tr',
			tagged: false,
			author: { handle: 'mid', followers: 500 },
		}),
		mention({
			id: 'm:5',
			source: 'mastodon',
			text: 'iade nerede',
			language: 'tr',
			author: { handle: 'tr2' },
		}),
	];

	it('lists keywords seen in several mentions (no stop words, no brand), hashtags and the loudest authors', () => {
		const { watch: plan } = watch(batch, {}, NOW);
		expect(plan.keywords).toEqual(['refund', 'iade', 'missing', 'silent', 'support']);
		expect(plan.hashtags).toEqual(['#acmefail', '#boycottacme']);
		expect(plan.authors.map((a) => [a.handle, a.mentions])).toEqual([
			['big', 1],
			['mid', 2],
			['small', 1],
			['tr2', 1],
		]);
		expect(plan.tagged).toBe(2);
		expect(plan.untagged).toBe(3);
		expect(plan.untaggedQueries).toEqual(['Acme', 'Acme refund', 'Acme iade', 'Acme missing']);
	});

	it('suggests a poll interval by level, overridable', () => {
		expect(watch(batch, {}, NOW).watch.pollIntervalMinutes).toBe(2);
		expect(watch(batch, { pollIntervals: { critical: '1m' } }, NOW).watch.pollIntervalMinutes).toBe(
			1,
		);
		expect(watch([incident({ level: 'medium' })], {}, NOW).watch.pollIntervalMinutes).toBe(15);
		expect(() => watch(batch, { pollIntervals: { urgent: '1m' } as never }, NOW)).toThrow(
			/pollIntervals\.urgent/,
		);
	});

	it('honours the limits and minimum mention count', () => {
		const plan = watch(batch, { maxKeywords: 2, maxAuthors: 1 }, NOW).watch;
		expect(plan.keywords).toEqual(['refund', 'iade']);
		expect(watch(batch, { minMentions: 3 }, NOW).watch.keywords).toEqual(['refund']);
		expect(plan.authors).toHaveLength(1);
		expect(() => watch(batch, { maxKeywords: 0 }, NOW)).toThrow(/maxKeywords/);
	});

	it('lands on the incident case, idempotently, and escapes the chat', () => {
		const first = watch(batch, {}, NOW);
		expect(first.case.caseId).toBe(watch([incident()], {}, NOW).case.caseId);
		const again = watch(
			[{ ...incident({ level: 'critical' }), case: first.case }, ...batch.slice(1)],
			{},
			'2025-03-03T09:00:00Z',
		);
		expect(again.case).toEqual(first.case);
		const hostile = watch(
			[mention({ id: 'x:9', text: '<!channel> <!channel>', author: { handle: '@here' } })],
			{ minMentions: 1 },
			NOW,
		);
		expect(hostile.chat.text).not.toMatch(/<!channel>|@here/);
	});
});
