import { tokenize } from '../../../nodes/core/scoring/tokenize';

describe('tokenize', () => {
	it('splits words with inner apostrophes, punctuation runs, emoticons and emoji', () => {
		expect(tokenize("I didn’t get it... WHY?! :'( 😡✈")).toEqual([
			'I',
			"didn't",
			'get',
			'it',
			'...',
			'WHY',
			'?!',
			":'(",
			'😡',
			'✈',
		]);
	});

	it('keeps links and handles whole, so their words never score', () => {
		expect(tokenize('@united see https://t.co/x?a=1 and www.shop.example/refund, ok')).toEqual([
			'@united',
			'see',
			'https://t.co/x?a=1',
			'and',
			'www.shop.example/refund,',
			'ok',
		]);
		expect(tokenize('https:// @ @_x www. end')).toEqual(['https', ':/', '@_x', 'www', '.', 'end']);
	});

	it('reads Turkish, combining marks and other scripts as words', () => {
		expect(tokenize('KARGO GELMEDİ, iade etmiyorlar')).toEqual([
			'KARGO',
			'GELMEDİ',
			',',
			'iade',
			'etmiyorlar',
		]);
		expect(tokenize('Заказ не пришёл')).toEqual(['Заказ', 'не', 'пришёл']);
	});

	it('yields nothing for empty or blank text', () => {
		expect(tokenize('')).toEqual([]);
		expect(tokenize(' \n\t ')).toEqual([]);
	});
});
