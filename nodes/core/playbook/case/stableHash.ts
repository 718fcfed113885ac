// FNV-1a 64-bit, computed on two 32-bit halves: the same hash as BigInt arithmetic gives, at a small
// fraction of its cost, so an id of a megabyte hashes in milliseconds.
const OFFSET_HI = 0xcbf29ce4;
const OFFSET_LO = 0x84222325;
// The prime is 2^40 + 0x1b3.
const PRIME_LOW_PART = 0x1b3;
const TWO_32 = 0x1_0000_0000;
// Crockford base32: no I, L, O, U, so a case id read aloud over the phone is not misheard.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const utf8 = new TextEncoder();

/** FNV-1a 64-bit of the UTF-8 text, as `length` base32 characters (5 bits each, from the high bits). */
export function stableHash(text: string, length = 8): string {
	let hi = OFFSET_HI;
	let lo = OFFSET_LO;
	for (const byte of utf8.encode(text)) {
		lo = (lo ^ byte) >>> 0;
		// (hi·2^32 + lo) · (2^40 + 0x1b3) mod 2^64; every product below is exact in a double.
		const low = lo * PRIME_LOW_PART;
		const carry = Math.floor(low / TWO_32);
		hi = (hi * PRIME_LOW_PART + carry + ((lo << 8) >>> 0)) % TWO_32;
		lo = low % TWO_32;
	}
	let out = '';
	for (let i = 0; i < length; i++)
		out += ALPHABET[fiveBitsAt(hi, lo, Math.max(0, 64 - 5 * (i + 1)))];
	return out;
}

/** Bits shift … shift+4 of the 64-bit number hi·2^32 + lo. */
function fiveBitsAt(hi: number, lo: number, shift: number): number {
	if (shift >= 32) return (hi >>> (shift - 32)) & 31;
	if (shift === 0) return lo & 31;
	return ((lo >>> shift) | (hi << (32 - shift))) & 31;
}
