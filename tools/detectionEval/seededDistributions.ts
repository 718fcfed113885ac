import { mixSeed } from '../../nodes/core/sources/seededRandom';

/** Seeded draws for the synthetic series: uniform, standard normal, Poisson and gamma. */
export interface Random {
	next(): number;
	normal(): number;
	poisson(mean: number): number;
	gamma(shape: number): number;
}

export function randomFrom(seed: number): Random {
	let state = mixSeed(seed, 0x5eed) >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
	const gamma = (shape: number): number => {
		// Marsaglia–Tsang; shape < 1 by the boost trick.
		if (shape < 1) return gamma(shape + 1) * next() ** (1 / shape);
		const d = shape - 1 / 3;
		const c = 1 / Math.sqrt(9 * d);
		for (;;) {
			const x = normal();
			const v = (1 + c * x) ** 3;
			if (v <= 0) continue;
			if (Math.log(1 - next()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
		}
	};
	const poisson = (mean: number): number => {
		if (mean <= 0) return 0;
		if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
		const limit = Math.exp(-mean);
		let count = 0;
		let product = next();
		while (product > limit) {
			count++;
			product *= next();
		}
		return count;
	};
	return { next, normal, poisson, gamma };
}
