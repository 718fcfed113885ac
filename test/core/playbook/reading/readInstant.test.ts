import fc from 'fast-check';
import { DateTime } from 'luxon';
import { isoUtc, readInstant } from '../../../../nodes/core/playbook/reading/readInstant';
import { hostileDate } from '../../property/hostileInput';

/** The instant as luxon's general ISO parser reads it, or undefined when it cannot. */
function luxonReading(value: unknown): number | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
	if (typeof value !== 'string') return undefined;
	const parsed = DateTime.fromISO(value, { zone: 'utc', setZone: false });
	return parsed.isValid ? parsed.toMillis() : undefined;
}

describe('readInstant and isoUtc', () => {
	const canonical = fc
		.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 })
		.chain((ms) =>
			fc.constantFrom(
				new Date(ms).toISOString(),
				new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'),
			),
		);

	it('read every form the way luxon does, the canonical one included, and reject what it rejects', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					hostileDate,
					canonical,
					fc.constantFrom(
						'2025-02-30T00:00:00Z',
						'2025-02-28T24:00:00Z',
						'2025-13-01T00:00:00.000Z',
					),
				),
				(value) => {
					const expected = luxonReading(value);
					if (expected === undefined)
						expect(() => readInstant(value, 'at')).toThrow(/^at: expected an ISO 8601 date-time/);
					else expect(readInstant(value, 'at').toMillis()).toBe(expected);
				},
			),
			{ numRuns: 1000 },
		);
	});

	it('write the same ISO form luxon writes', () => {
		fc.assert(
			fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
				const instant = DateTime.fromMillis(ms, { zone: 'utc' });
				expect(isoUtc(instant)).toBe(instant.toUTC().toISO({ suppressMilliseconds: true }) ?? '');
			}),
			{ numRuns: 1000 },
		);
	});
});
