import { detectCrises, type Observation } from '../../../nodes/core/detection/detectCrises';

const now = new Date('2026-03-02T12:00:00Z');

function mention(id: string, overrides: Partial<Observation> = {}): Observation {
	return {
		id,
		brand: 'Acme',
		createdAt: '2026-03-02T11:55:00Z',
		text: `review ${id}`,
		negative: true,
		...overrides,
	};
}

describe('mentions without a time of their own', () => {
	it('are not counted as volume (500 undated reviews share one stand-in time), with one notice', () => {
		const undated = Array.from({ length: 500 }, (_, k) =>
			mention(`u${k}`, { createdAtEstimated: true }),
		);
		const { state, notices, events } = detectCrises(undefined, [...undated, mention('dated')], now);
		expect(state.brands[0].mentions).toBe(1);
		expect(events).toEqual([]);
		expect(notices).toEqual([
			'Crisis detector: 500 mentions without a time of their own (createdAtEstimated) were not counted as volume',
		]);
	});

	it('counts a mention whose createdAtEstimated is false like any other', () => {
		const { state, notices } = detectCrises(
			undefined,
			[mention('a', { createdAtEstimated: false })],
			now,
		);
		expect(state.brands[0].mentions).toBe(1);
		expect(notices).toEqual([]);
	});

	it('skips an observation whose createdAtEstimated is not a boolean, naming the field', () => {
		const bad = { ...mention('bad'), createdAtEstimated: 'yes' } as unknown as Observation;
		const { notices } = detectCrises(undefined, [bad, mention('good')], now);
		expect(notices).toEqual([
			'Crisis detector: observation 1 skipped, field "createdAtEstimated" must be true or false when present',
		]);
	});
});
