import { createTokenTable } from '../../../nodes/core/scoring/tokenTable';

describe('createTokenTable', () => {
	it('gives each distinct token one id and finds it again inside any text', () => {
		const table = createTokenTable();
		expect(table.find('late again', 0, 4, 7)).toBe(-1);
		expect(table.insert('late again', 0, 4, 7)).toBe(0);
		expect(table.insert('late again', 5, 10, 9)).toBe(1);
		expect(table.find('so late', 3, 7, 7)).toBe(0);
		expect(table.find('again!', 0, 5, 9)).toBe(1);
		expect(table.size).toBe(2);
	});

	it('tells tokens with the same hash apart by their characters and length', () => {
		const table = createTokenTable();
		table.insert('refund', 0, 6, 42);
		expect(table.find('refuse', 0, 6, 42)).toBe(-1);
		expect(table.find('refunds', 0, 7, 42)).toBe(-1);
		expect(table.insert('refuse', 0, 6, 42)).toBe(1);
		expect(table.find('refuse', 0, 6, 42)).toBe(1);
		expect(table.find('refund', 0, 6, 42)).toBe(0);
	});

	it('reads the typographic apostrophe as the plain one', () => {
		const table = createTokenTable();
		const id = table.insert("didn't", 0, 6, 5);
		expect(table.find('didn’t', 0, 6, 5)).toBe(id);
	});

	it('keeps every token through growth, and forgets all on clear', () => {
		const table = createTokenTable();
		const words = Array.from({ length: 20_000 }, (_, index) => `w${index}`);
		const hashOf = (index: number) => Math.imul(index, 0x9e3779b1);
		words.forEach((word, index) =>
			expect(table.insert(word, 0, word.length, hashOf(index))).toBe(index),
		);
		expect(
			words.every((word, index) => table.find(word, 0, word.length, hashOf(index)) === index),
		).toBe(true);
		table.clear();
		expect(table.size).toBe(0);
		expect(table.find('w1', 0, 2, hashOf(1))).toBe(-1);
	});

	it('counts the characters it holds, so its owner can bound its memory by length as well as by count', () => {
		const table = createTokenTable();
		table.insert('late again', 0, 4, 7);
		table.insert('x'.repeat(100_000), 0, 100_000, 9);
		expect(table.characters).toBe(100_004);
		table.clear();
		expect(table.characters).toBe(0);
	});
});
