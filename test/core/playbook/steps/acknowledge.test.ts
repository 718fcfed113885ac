import { acknowledge } from '../../../../nodes/core/playbook/steps/acknowledge';
import { assign } from '../../../../nodes/core/playbook/steps/assign';
import { FieldError } from '../../../../nodes/core/errors/FieldError';
import { incident, mention } from '../fixtures';

const NOW = '2025-03-03T07:20:00Z';

describe('acknowledge', () => {
	it('drafts a reply to a mention that admits the mistake and names case and the next update', () => {
		const item = mention(
			{ id: 'mastodon:1', brand: 'Acme' },
			{ level: 'high', categories: ['delivery'] },
		);
		const result = acknowledge(item, {}, NOW);
		expect(result.language).toBe('en');
		// The same promise as the holding statement: the case's next hourly update, not its resolution deadline.
		expect(result.drafts.apology).toBe(
			`@ayla, you are right, and we are sorry. We made a mistake with deliveries. That is our failure, not yours. We are fixing it under case ${result.case.caseId} and will update you by 3 Mar, 11:00 GMT+3.`,
		);
		expect(result.drafts.holdingStatement).toContain('by 3 Mar, 11:00 GMT+3.');
		expect(result.reply).toEqual({
			text: result.drafts.apology,
			channel: 'mastodon',
			inReplyTo: 'mastodon:1',
		});
		expect(result.needsApproval).toBe(true);
		expect(result.warnings).toEqual([]);
	});

	it('writes a public statement for an incident, with the next update on the incident clock', () => {
		const result = acknowledge(
			incident({ at: '2025-03-03T07:00:00Z' }),
			{ tone: 'warm', issue: 'the refund delays' },
			NOW,
		);
		expect(result.reply).toBeUndefined();
		expect(result.drafts.apology).toMatch(
			/^We got the refund delays wrong, and we're sorry\. No excuses: this one is on us at Acme\./,
		);
		// Hourly updates from 10:00 local: at 10:20 the next one is 11:00.
		expect(result.drafts.holdingStatement).toContain('by 3 Mar, 11:00 GMT+3');
		const later = acknowledge(
			{ ...incident({ at: '2025-03-03T07:00:00Z' }), case: result.case },
			{ tone: 'warm', issue: 'the refund delays' },
			'2025-03-03T07:50:00Z',
		);
		expect(later.drafts).toEqual(result.drafts);
		expect(later.case).toEqual(result.case);
	});

	it('writes Turkish for a Turkish mention on auto', () => {
		const item = mention(
			{ id: 'x:1', source: 'x', language: 'tr', brand: 'Acme' },
			{ level: 'medium', categories: ['billing'], language: 'tr' },
		);
		const result = acknowledge(item, { language: 'auto' }, NOW);
		expect(result.language).toBe('tr');
		expect(result.drafts.apology).toMatch(
			/^@ayla, haklısınız ve özür dileriz\. Faturalandırma konusunda hata yaptık/,
		);
		expect(
			acknowledge(item, { language: 'tr', issue: 'iade süreci' }, NOW).drafts.holdingStatement,
		).toMatch(/^İade süreci konusundaki/);
	});

	it('warns when a rewritten template turns into a non-apology or is too long for the channel', () => {
		const item = mention({ id: 'x:2', source: 'x', brand: 'Acme' }, { level: 'medium' });
		const result = acknowledge(
			item,
			{
				templates: {
					apologyReply: {
						formal: `{{author}} we apologize for any inconvenience. ${'x'.repeat(300)}`,
					},
				},
			},
			NOW,
		);
		expect(result.warnings).toEqual([
			expect.stringMatching(/"any inconvenience".*non-apology/),
			expect.stringMatching(/"apologize for any"/),
			expect.stringMatching(/characters; x takes 280/),
		]);
		expect(result.chat.text).toContain(':warning:');
	});

	it('reflects the authority that Assign gave the case', () => {
		const item = mention({ id: 'x:3', brand: 'Acme' }, { level: 'low' });
		const assigned = assign(
			item,
			{ defaultRoute: { team: 'care', owner: 'ali', authority: 'publish' } },
			NOW,
		);
		expect(acknowledge({ ...item, case: assigned.case }, {}, NOW).needsApproval).toBe(false);
	});

	it('escapes the drafts in the review chat', () => {
		const item = mention(
			{ id: 'x:4', brand: 'Acme', author: { handle: '<!channel>' } },
			{ level: 'low' },
		);
		const result = acknowledge(item, {}, NOW);
		expect(result.drafts.apology.startsWith('@<!channel>')).toBe(true);
		expect(result.chat.text).not.toContain('<!channel>');
	});

	it('names what is missing', () => {
		expect(() => acknowledge(incident({ brand: undefined }), {}, NOW)).toThrow(
			/\{\{brand\}\} has no value/,
		);
		expect(() => acknowledge(mention({ id: 'x:5' }), { tone: 'cold' as never }, NOW)).toThrow(
			FieldError,
		);
		expect(() =>
			acknowledge(
				mention({ id: 'x:5' }),
				{ templates: { apologyReply: { formal: 'Hi {{name}}' } } },
				NOW,
			),
		).toThrow(/templates\.apologyReply\.formal: unknown placeholder \{\{name\}\}/);
	});
});
