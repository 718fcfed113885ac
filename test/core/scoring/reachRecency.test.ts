import { computeReach } from '../../../nodes/core/scoring/reach';
import { ageInHours, recencyWeight } from '../../../nodes/core/scoring/recency';
import { formatCount } from '../../../nodes/core/scoring/reasons';

describe('computeReach', () => {
	it('grows on a log scale and caps at 100', () => {
		expect(computeReach({})).toBe(0);
		expect(computeReach({ followers: 10 })).toBe(15);
		expect(computeReach({ followers: 48_000 })).toBe(67);
		expect(computeReach({ followers: 1e12 })).toBe(100);
		expect(computeReach({ followers: 100, engagement: { shares: 1000 } })).toBeGreaterThan(
			computeReach({ followers: 100 }),
		);
	});

	it('ignores negative and non-finite counts', () => {
		expect(
			computeReach({ followers: -5, engagement: { likes: Number.NaN, shares: Infinity } }),
		).toBe(0);
	});
});

describe('recency', () => {
	const now = new Date('2025-03-01T12:00:00Z');
	it('measures hours from ISO dates, luxon for the less common forms', () => {
		expect(ageInHours('2025-03-01T10:00:00Z', now)).toBe(2);
		expect(ageInHours('2025-03-01T13:00:00+02:00', now)).toBe(1);
		expect(ageInHours('2025-03-01', now)).toBe(12);
		expect(ageInHours('2025-W09-6T12:00', now)).toBe(0);
	});

	it('reads the plain UTC form by hand exactly as luxon reads it', () => {
		expect(ageInHours('2025-03-01T10:00:00.5Z', now)).toBeCloseTo(2 - 0.5 / 3600, 10);
		expect(ageInHours('2025-03-01T10:00:00.123-08:30', now)).toBe(0);
		expect(ageInHours('2025-03-01T02:30:00-01:30', now)).toBe(8);
		expect(ageInHours('2024-02-29T12:00:00Z', now)).toBe(366 * 24);
		expect(ageInHours('0050-03-01T12:00:00Z', now)).toBe(
			(Date.parse('2025-03-01T12:00:00Z') - Date.parse('0050-03-01T12:00:00Z')) / 3_600_000,
		);
		for (const impossible of [
			'2025-02-30T10:00:00Z',
			'2025-13-01T10:00:00Z',
			'2025-03-01T10:00:60Z',
			'2025-03-01T10:00:00.Z',
		]) {
			expect(ageInHours(impossible, now)).toBeUndefined();
		}
	});

	it('treats future dates as now and ignores invalid ones', () => {
		expect(ageInHours('2025-03-02T12:00:00Z', now)).toBe(0);
		expect(ageInHours('soon', now)).toBeUndefined();
		expect(ageInHours(undefined, now)).toBeUndefined();
		expect(ageInHours('2025-03-01T10:00:00Z', new Date(Number.NaN))).toBeUndefined();
	});

	it('halves the weight every day', () => {
		expect(recencyWeight(0)).toBe(1);
		expect(recencyWeight(24)).toBe(0.5);
	});
});

describe('formatCount', () => {
	it.each([
		[950, '950'],
		[1250, '1.3k'],
		[48_200, '48k'],
		[1_250_000, '1.3M'],
	])('%d → %s', (count, text) => {
		expect(formatCount(count)).toBe(text);
	});
});
