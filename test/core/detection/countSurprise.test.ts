import { countSurprise, logGamma } from '../../../nodes/core/detection/countSurprise';

describe('countSurprise', () => {
	it('computes ln Γ', () => {
		expect(logGamma(1)).toBeCloseTo(0, 10);
		expect(logGamma(5)).toBeCloseTo(Math.log(24), 10);
		expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 10);
	});

	it('matches the Poisson upper tail', () => {
		// P(X ≥ 5 | λ = 1) = 1 − e^-1 (1 + 1 + 1/2 + 1/6 + 1/24)
		const tail = 1 - Math.exp(-1) * (1 + 1 + 1 / 2 + 1 / 6 + 1 / 24);
		expect(countSurprise(5, 1, 0)).toBeCloseTo(-Math.log10(tail), 6);
		// Far in the tail, where 1 − CDF would round to zero.
		expect(countSurprise(60, 2, 0)).toBeGreaterThan(50);
		expect(Number.isFinite(countSurprise(500, 2, 0))).toBe(true);
	});

	it('matches the negative binomial tail (geometric when dispersion is 1)', () => {
		// size 1: P(X ≥ k) = (mean / (1 + mean))^k
		expect(countSurprise(6, 2, 1)).toBeCloseTo(-6 * Math.log10(2 / 3), 6);
	});

	it('is less surprised when volume is over-dispersed', () => {
		expect(countSurprise(40, 20, 0.1)).toBeLessThan(countSurprise(40, 20, 0));
	});

	it('is 0 at or below the expected count and for a zero mean', () => {
		expect(countSurprise(3, 3, 0)).toBe(0);
		expect(countSurprise(1, 4, 0.2)).toBe(0);
		expect(countSurprise(5, 0, 0)).toBe(0);
	});
});
