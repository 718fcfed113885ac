import {
	DEFAULT_REVIEW_BUDGET,
	resolveReviewSettings,
} from '../../../nodes/core/modelReview/ReviewSettings';
import { DEFAULT_ESCALATION_POLICY } from '../../../nodes/core/modelReview/EscalationPolicy';

describe('resolveReviewSettings', () => {
	it('fills the defaults: personal data stripped, never everything', () => {
		expect(resolveReviewSettings()).toEqual({
			policy: { ...DEFAULT_ESCALATION_POLICY },
			budget: { ...DEFAULT_REVIEW_BUDGET },
			stripPersonalData: true,
		});
	});

	it.each([
		[{ budget: { maxCalls: -1 } }, 'maxCalls'],
		[{ budget: { batchSize: 0 } }, 'batchSize'],
		[{ budget: { timeoutMs: 1.5 } }, 'timeoutMs'],
		[{ policy: { nearThreshold: 101 } }, 'nearThreshold'],
		[{ policy: { highStakesCategories: ['legal', 'weather'] } }, 'highStakesCategories'],
		[{ policy: { everything: 'yes' } }, 'everything'],
		[{ stripPersonalData: 0 }, 'stripPersonalData'],
	])('refuses %j naming %s', (input, setting) => {
		expect(() => resolveReviewSettings(input)).toThrow(
			expect.objectContaining({ name: 'FieldError', field: setting }),
		);
	});
});
