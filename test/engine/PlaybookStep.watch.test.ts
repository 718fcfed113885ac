import { mention, incident } from './fixtures/playbookItems';
import { STEP, run, output, caseOf } from './harness/playbookStepRun';

describe('Playbook Step: Watch', () => {
	const mentions = [
		mention({
			id: '40',
			text: 'Parcel late again #AcmeFail #kargo',
			handle: 'bigvoice',
			followers: 250000,
		}),
		mention({ id: '41', text: 'Three weeks and my parcel is still late #AcmeFail', tagged: false }),
		mention({ id: '42', text: 'Acme parcel lost, support silent', tagged: false }),
	];

	it('lists keywords, hashtags, authors and a poll interval for the incident', async () => {
		const [plan] = await output({ operation: 'watch' }, [
			incident({ level: 'critical' }),
			...mentions,
		]);
		const watch = plan.json.watch as {
			keywords: string[];
			hashtags: string[];
			authors: Array<{ handle: string }>;
			pollIntervalMinutes: number;
			untagged: number;
			untaggedQueries: string[];
		};
		expect(watch.keywords).toEqual(expect.arrayContaining(['parcel', 'late']));
		expect(watch.keywords).not.toContain('acme');
		expect(watch.hashtags[0]).toBe('#acmefail');
		expect(watch.authors[0].handle).toBe('bigvoice');
		expect(watch.pollIntervalMinutes).toBe(2);
		expect(watch.untagged).toBe(2);
		expect(watch.untaggedQueries[0]).toBe('Acme');
		expect(plan.pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(caseOf(plan).origin.kind).toBe('incident');
	});

	it('follows the poll interval and limits set on the node', async () => {
		const [plan] = await output(
			{ operation: 'watch', watchOptions: { pollHigh: '3m', maxKeywords: 1, maxAuthors: 1 } },
			[incident({ level: 'high' }), ...mentions],
		);
		const watch = plan.json.watch as {
			keywords: string[];
			authors: unknown[];
			pollIntervalMinutes: number;
		};
		expect(watch.pollIntervalMinutes).toBe(3);
		expect(watch.keywords).toHaveLength(1);
		expect(watch.authors).toHaveLength(1);

		const failed = await run({ operation: 'watch', watchOptions: { pollHigh: 'often' } }, [
			incident(),
		]);
		expect(failed.error(STEP)?.message).toMatch(/^Watch Options › Poll Interval: High:/);
	});
});
