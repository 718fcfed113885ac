import { detectCrises, type Observation } from '../../../nodes/core/detection/detectCrises';
import { PLAIN_TEXTS } from '../hostileText';
import { NOW } from '../sourceBodies';
import type { BenchCase } from './BenchCase';
import { jsonBytes, small } from './inputSize';

/** Dates no post was written at: year 1, a bare number (read as 2001 by some parsers), the far future. */
const ABSURD_DATES = [
	'0001-01-01T00:00:00Z',
	'1',
	'+275760-09-13T00:00:00.000Z',
	'9999-12-31T23:59:59Z',
	'2025-03-10T12:20:00Z',
	'not a date',
];

export function detectorCases(): BenchCase[] {
	const observation = (index: number, overrides: Partial<Observation>): Observation => ({
		id: `x:${index}`,
		brand: 'Acme',
		createdAt: '2025-03-10T12:20:00Z',
		text: 'Acme refund never arrived, total scam',
		negative: index % 2 === 0,
		risk: 50,
		...overrides,
	});
	const batchOf = (bytes: number, make: (index: number) => Observation): Observation[] => {
		const count = Math.max(1, Math.floor(bytes / jsonBytes(make(0))));
		return Array.from({ length: count }, (_, index) => make(index));
	};
	const batches: Array<{ input: string; batch: (bytes: number) => Observation[] }> = [
		{
			input: 'absurd dates',
			batch: (bytes) =>
				batchOf(bytes, (index) =>
					observation(index, { createdAt: ABSURD_DATES[index % ABSURD_DATES.length] }),
				),
		},
		{
			input: 'many brands (with __proto__, constructor)',
			batch: (bytes) =>
				batchOf(bytes, (index) =>
					observation(index, { brand: ['__proto__', 'constructor', `brand${index}`][index % 3] }),
				),
		},
		{
			input: 'one huge text',
			batch: (bytes) => [observation(0, { text: PLAIN_TEXTS[5].make(bytes) })],
		},
		{
			input: 'many near-duplicate texts',
			batch: (bytes) =>
				batchOf(bytes, (index) =>
					observation(index, { text: `${small(PLAIN_TEXTS[4])} ${index}` }),
				),
		},
		{
			input: 'huge ids',
			batch: (bytes) =>
				batchOf(bytes, (index) => observation(index, { id: `x:${index}:${'9'.repeat(10_000)}` })),
		},
	];
	return batches.map(({ input, batch }) => ({
		path: 'detector (detectCrises)',
		input,
		prepare: (bytes) => {
			const observations = batch(bytes);
			return {
				bytes: jsonBytes(observations),
				run: () => detectCrises(undefined, observations, NOW),
			};
		},
	}));
}
