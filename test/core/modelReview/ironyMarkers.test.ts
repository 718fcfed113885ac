import { countIronyMarkers } from '../../../nodes/core/modelReview/ironyMarkers';

describe('countIronyMarkers', () => {
	it.each([
		['Great, another 3-hour delay, thanks @brand', 1],
		['Oh great. Thanks for nothing 🙄', 3],
		['loving the "service" today /s', 2],
		['Yeah right, like that will happen', 1],
		['Helal olsun, kargo yine gecikti', 1],
		['Ne güzel, sipariş yine gelmedi', 1],
		['Thanks a lot for the quick help, great service', 1],
	])('%s → %i', (text, markers) => {
		expect(countIronyMarkers(text)).toBe(markers);
	});

	it('finds none in plain praise or complaints', () => {
		for (const text of [
			'Great flight, thank you!',
			'My bag is lost and nobody answers',
			'Ürün çok güzel, teşekkürler',
			'The product is great/super',
			'Right, great',
		]) {
			expect(countIronyMarkers(text)).toBe(0);
		}
	});

	it('does not let a handle or link join the words around it into a phrase', () => {
		expect(countIronyMarkers('oh @brand great')).toBe(0);
	});

	it('reads hostile texts token by token', () => {
		for (const text of [
			'"a" '.repeat(200_000),
			'oh '.repeat(300_000),
			'🙄'.repeat(300_000),
			'/s '.repeat(300_000),
		]) {
			expect(countIronyMarkers(text)).toBeGreaterThanOrEqual(0);
		}
	});
});
