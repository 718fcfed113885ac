import { createScorer } from '../../../nodes/core/scoring/createScorer';
import { ALL_TEXTS } from '../hostileText';
import { NOW } from '../sourceBodies';
import type { BenchCase } from './BenchCase';
import { jsonBytes } from './inputSize';

export function scorerCases(): BenchCase[] {
	return ALL_TEXTS.map((text) => ({
		path: 'scorer (createScorer)',
		input: text.name,
		prepare: (bytes) => {
			const score = createScorer();
			const input = { text: text.make(bytes), followers: 10, createdAt: '2025-03-10T12:00:00Z' };
			return { bytes: jsonBytes(input.text), run: () => score(input, NOW) };
		},
	}));
}
