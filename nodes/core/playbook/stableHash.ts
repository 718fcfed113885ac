const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;
// Crockford base32: no I, L, O, U, so a case id read aloud over the phone is not misheard.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** FNV-1a 64-bit of the UTF-8 text, as `length` base32 characters (5 bits each, from the high bits). */
export function stableHash(text: string, length = 8): string {
	let hash = FNV_OFFSET;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= BigInt(byte);
		hash = (hash * FNV_PRIME) & MASK_64;
	}
	let out = '';
	for (let i = 0; i < length; i++) {
		const shift = 64n - 5n * BigInt(i + 1);
		out += ALPHABET[Number((hash >> (shift < 0n ? 0n : shift)) & 31n)];
	}
	return out;
}
