import fc from 'fast-check';
import { caseIdFor } from '../../../../nodes/core/playbook/case/caseIdFor';
import { stableHash } from '../../../../nodes/core/playbook/case/stableHash';

/** FNV-1a 64 with BigInt, as the hash was first written: case ids already stored must not change. */
function referenceHash(text: string, length = 8): string {
	let hash = 0xcbf29ce484222325n;
	for (const byte of new TextEncoder().encode(text))
		hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & ((1n << 64n) - 1n);
	let out = '';
	for (let i = 0; i < length; i++) {
		const shift = 64n - 5n * BigInt(i + 1);
		out += '0123456789ABCDEFGHJKMNPQRSTVWXYZ'[Number((hash >> (shift < 0n ? 0n : shift)) & 31n)];
	}
	return out;
}

describe('stableHash', () => {
	it('is FNV-1a 64 as before, for any text and length', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'binary', maxLength: 200 }),
				fc.integer({ min: 1, max: 13 }),
				(text, length) => {
					expect(stableHash(text, length)).toBe(referenceHash(text, length));
				},
			),
			{ numRuns: 500 },
		);
	});

	it('keeps the case ids of stored cases', () => {
		expect(caseIdFor('mention', 'x:1')).toBe('CD-GECMMYTZ');
		expect(stableHash('')).toBe('SFS9SS44');
	});
});
