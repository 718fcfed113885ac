import type { HostileText } from '../hostileText';

/** Size in bytes of an input as sent: the text itself, or the JSON of a value. */
export const jsonBytes = (value: unknown): number =>
	Buffer.byteLength(typeof value === 'string' ? value : JSON.stringify(value));

/**
 * `build(n)` for the n that gives about `bytes` bytes, where the size grows linearly with n: built once
 * at n = bytes, then once more scaled down when fields repeat the text.
 */
export function sized<T>(bytes: number, build: (n: number) => T): { value: T; bytes: number } {
	let value = build(bytes);
	let size = jsonBytes(value);
	if (size > bytes * 1.2) {
		value = build(Math.max(1, Math.floor((bytes * bytes) / size)));
		size = jsonBytes(value);
	}
	return { value, bytes: size };
}

/** A hostile text cut to about `bytes` bytes for one field of a flood item. */
export const small = (text: HostileText) => text.make(200);
