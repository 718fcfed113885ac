import {
	DEFAULT_DETECTOR_SETTINGS,
	detectCrises,
	type DetectorState,
	type Observation,
} from '../../../nodes/core/detection/detectCrises';

function mention(id: string, createdAt: string, overrides: Partial<Observation> = {}): Observation {
	return { id, brand: 'Acme', createdAt, text: `complaint ${id}`, negative: true, ...overrides };
}

describe('bounded state', () => {
	it('stays under a hard size over 10,000 polls with many brands and fresh ids', () => {
		let state: unknown;
		let largest = 0;
		const t0 = Date.parse('2026-03-02T00:00:00Z');
		for (let poll = 1; poll <= 10_000; poll++) {
			const now = t0 + poll * 10 * 60_000;
			const batch = Array.from({ length: 8 }, (_, k) =>
				mention(`p${poll}-${k}`, new Date(now - k * 60_000).toISOString(), {
					brand: `brand-${(poll * 8 + k) % 80}`,
					text: `text ${poll} ${k}`,
					negative: k % 2 === 0,
				}),
			);
			const result = detectCrises(state, batch, new Date(now));
			state = result.state;
			if (poll % 500 === 0) largest = Math.max(largest, JSON.stringify(state).length);
		}
		const final = state as DetectorState;
		expect(final.brands.length).toBeLessThanOrEqual(DEFAULT_DETECTOR_SETTINGS.maxBrands);
		expect(final.seenIds.length).toBeLessThanOrEqual(DEFAULT_DETECTOR_SETTINGS.maxSeenIds);
		expect(final.seenTexts.length).toBeLessThanOrEqual(DEFAULT_DETECTOR_SETTINGS.maxSeenTexts);
		expect(largest).toBeLessThan(256 * 1024);
	});
});
