import fc from 'fast-check';
import { DateTime } from 'luxon';
import { formatDeadline } from '../../../../nodes/core/playbook/deadlines/formatDeadline';
import { en } from '../../../../nodes/core/playbook/rendering/templates/en';
import { tr } from '../../../../nodes/core/playbook/rendering/templates/tr';

describe('formatDeadline', () => {
	const zones = [
		'Europe/Istanbul',
		'America/New_York',
		'Asia/Kolkata',
		'UTC',
		'Australia/Lord_Howe',
		'Pacific/Chatham',
		'America/St_Johns',
	];

	it("writes the packs' format exactly as luxon would, in every zone, month and language", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }),
				fc.constantFrom(...zones),
				fc.constantFrom(en, tr),
				(ms, zone, pack) => {
					const iso = new Date(ms).toISOString();
					const luxon = DateTime.fromISO(iso, { zone: 'utc' })
						.setZone(zone)
						.setLocale(pack.locale)
						.toFormat(pack.deadlineFormat);
					expect(formatDeadline(iso, zone, pack)).toBe(luxon);
				},
			),
			{ numRuns: 1000 },
		);
	});

	it('leaves a format with other tokens to luxon', () => {
		const pack = { deadlineFormat: "cccc d LLLL yyyy 'at' h:mm a ZZ", locale: 'en-GB' };
		expect(formatDeadline('2025-03-03T07:05:00Z', 'Europe/Istanbul', pack)).toBe(
			'Monday 3 March 2025 at 10:05 am +03:00',
		);
		expect(
			formatDeadline('2025-03-03T07:05:00Z', 'Europe/Istanbul', {
				deadlineFormat: 'd LLL yyyy',
				locale: 'en-GB',
			}),
		).toBe('3 Mar 2025');
	});
});
