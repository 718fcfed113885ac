/**
 * A small deterministic PRNG (32-bit, mulberry-style) for the demo stream: the same seed gives the
 * same numbers on every machine and in every n8n worker, so polls are reproducible.
 */
export interface SeededRandom {
	/** Uniform in [0, 1). */
	next(): number;
	/** Whole number in [min, max]. */
	int(min: number, max: number): number;
	pick<T>(items: readonly T[]): T;
	chance(probability: number): boolean;
	/** Poisson-distributed count with the given mean (Knuth's method; means here are small). */
	poisson(mean: number): number;
}

/** Mixes several integers into one 32-bit seed (so slot 41 of seed 7 differs from slot 7 of seed 41). */
export function mixSeed(...parts: number[]): number {
	let hash = 0x811c9dc5;
	for (const part of parts) {
		let value = Math.floor(part) | 0;
		for (let byte = 0; byte < 4; byte++) {
			hash ^= value & 0xff;
			hash = Math.imul(hash, 0x01000193);
			value >>>= 8;
		}
		// Fold in the high part too: slot numbers exceed 32 bits only after year 2100, but seeds may not.
		hash ^= Math.floor(part / 0x100000000) | 0;
	}
	return hash >>> 0;
}

export function createRandom(seed: number): SeededRandom {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: (items) => items[Math.floor(next() * items.length)],
		chance: (probability) => next() < probability,
		poisson: (mean) => {
			const limit = Math.exp(-mean);
			let count = 0;
			let product = next();
			while (product > limit && count < 100) {
				count++;
				product *= next();
			}
			return count;
		},
	};
}
