import { createScorer } from '../../../nodes/core/scoring/createScorer';

const now = new Date('2025-03-01T12:00:00Z');
const score = createScorer();
const categoriesOf = (text: string) => score({ text }, now).categories.map((hit) => hit.name);

describe('delivery complaints as people write them', () => {
	it.each([
		'Where is my order? It was supposed to arrive yesterday.',
		'My acme order did not arrive. Again.',
		'Two parcels ordered last week and neither has turned up.',
		'The whole city is waiting on acme parcels since this morning.',
		'Both packages are stuck at the depot.',
		'Couriers are not picking up anything today, our orders are sitting there.',
		'Kargom üç gündür dağıtımda görünüyor, hâlâ gelmedi.',
		'Siparişlerim teslim edilmedi, kargo takibi güncellenmiyor.',
	])('%s → delivery', (text) => {
		expect(categoriesOf(text)).toContain('delivery');
	});

	it.each([
		'The delivery driver left my package in the rain.',
		'The driver never came and the order still has not arrived.',
		'Kurye gelmedi, siparişim nerede?',
		'Kurye paketi teslim edildi diye işaretlemiş ama adresime hiçbir şey gelmedi.',
	])(
		'%s → delivery, not staff conduct: a courier who does not come is a delivery failure',
		(text) => {
			const categories = categoriesOf(text);
			expect(categories).toContain('delivery');
			expect(categories).not.toContain('conduct');
		},
	);

	it.each([
		'The acme delivery driver shouted at my elderly neighbour. Completely unacceptable.',
		'The driver was rude and threw the parcel over the fence.',
		'acme kuryesi yaşlı komşuma bağırdı.',
		'Kurye çok kaba davrandı, paketi kapıya fırlattı.',
	])('%s → conduct when the courier’s behaviour is the complaint', (text) => {
		expect(categoriesOf(text)).toEqual(expect.arrayContaining(['delivery', 'conduct']));
	});
});
