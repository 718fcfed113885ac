import { asScanned } from './tokenCharacters';

/** Per slot: the token's hash, its id + 1 (0: empty slot), where its characters start in the pool, its length. */
const SLOT_SIZE = 4;
const INITIAL_SLOTS = 1 << 12;
const INITIAL_POOL = 1 << 16;

export interface TokenTable {
	/** The id of the token `text[start…end)` with this hash, -1 when it has none yet. */
	find(text: string, start: number, end: number, hash: number): number;
	/** Gives the token (not in the table) the next id, 0, 1, 2… */
	insert(text: string, start: number, end: number, hash: number): number;
	readonly size: number;
	/** The characters of all its tokens: what its memory grows with. */
	readonly characters: number;
	clear(): void;
}

/**
 * Token ids by their characters, without a string per look-up: an open-addressing table (at most half
 * full) whose slots hold hash, id, and where the characters are in one flat pool, so finding a token
 * reads one slot and one stretch of the pool instead of chasing objects and strings across the heap.
 * Characters are stored as the scanner reads them (’ as ').
 */
export function createTokenTable(): TokenTable {
	let slots = new Int32Array(SLOT_SIZE * INITIAL_SLOTS);
	let pool = new Uint16Array(INITIAL_POOL);
	let poolEnd = 0;
	let size = 0;

	const place = (hash: number, id: number, offset: number, length: number): void => {
		const mask = slots.length / SLOT_SIZE - 1;
		let slot = hash & mask;
		while (slots[SLOT_SIZE * slot + 1] !== 0) slot = (slot + 1) & mask;
		const at = SLOT_SIZE * slot;
		slots[at] = hash;
		slots[at + 1] = id + 1;
		slots[at + 2] = offset;
		slots[at + 3] = length;
	};

	const grow = (): void => {
		const old = slots;
		slots = new Int32Array(old.length * 2);
		for (let at = 0; at < old.length; at += SLOT_SIZE)
			if (old[at + 1] !== 0) place(old[at], old[at + 1] - 1, old[at + 2], old[at + 3]);
	};

	return {
		find(text, start, end, hash) {
			const mask = slots.length / SLOT_SIZE - 1;
			const length = end - start;
			for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
				const at = SLOT_SIZE * slot;
				const id = slots[at + 1] - 1;
				if (id < 0) return -1;
				if (slots[at] !== hash || slots[at + 3] !== length) continue;
				const offset = slots[at + 2];
				let same = true;
				for (let index = 0; index < length; index++) {
					if (pool[offset + index] !== asScanned(text.charCodeAt(start + index))) {
						same = false;
						break;
					}
				}
				if (same) return id;
			}
		},
		insert(text, start, end, hash) {
			if ((size + 1) * 2 > slots.length / SLOT_SIZE) grow();
			const length = end - start;
			if (poolEnd + length > pool.length) {
				const grown = new Uint16Array(Math.max(pool.length * 2, poolEnd + length));
				grown.set(pool);
				pool = grown;
			}
			for (let index = 0; index < length; index++)
				pool[poolEnd + index] = asScanned(text.charCodeAt(start + index));
			place(hash, size, poolEnd, length);
			poolEnd += length;
			return size++;
		},
		get size() {
			return size;
		},
		get characters() {
			return poolEnd;
		},
		clear() {
			slots = new Int32Array(SLOT_SIZE * INITIAL_SLOTS);
			pool = new Uint16Array(INITIAL_POOL);
			poolEnd = 0;
			size = 0;
		},
	};
}
