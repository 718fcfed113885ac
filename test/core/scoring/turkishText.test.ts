import {
	foldTurkish,
	hasNegativeSuffix,
	isNegativeVerbForm,
	turkishLowerCase,
} from '../../../nodes/core/scoring/turkishText';

describe('turkishLowerCase', () => {
	it('maps dotted İ to i and dotless I to ı', () => {
		expect(turkishLowerCase('İADE IŞIK İstanbul')).toBe('iade ışık istanbul');
	});

	it('differs from the default casing, which turns I into i', () => {
		expect('KARGO GELMEDI'.toLowerCase()).toBe('kargo gelmedi');
		expect(turkishLowerCase('KARGO GELMEDI')).toBe('kargo gelmedı');
	});
});

describe('foldTurkish', () => {
	it('folds Turkish letters to ASCII so text typed without them matches', () => {
		expect(foldTurkish('kötü ürün, çok şık, ığdır')).toBe('kotu urun, cok sik, igdir');
		expect(foldTurkish(turkishLowerCase('GELMEDİ'))).toBe(foldTurkish('gelmedi'));
	});
});

describe('hasNegativeSuffix', () => {
	it.each([
		'madi',
		'medim',
		'mez',
		'miyor',
		'muyor',
		'mayacak',
		'mam',
		'amadim',
		'emiyorum',
		'yemedim',
	])('"%s" negates', (rest) => {
		expect(hasNegativeSuffix(rest)).toBe(true);
	});

	it.each(['mek', 'mak', 'mesi', 'mis', 'iyor', 'di', 'dim', ''])(
		'"%s" does not negate',
		(rest) => {
			expect(hasNegativeSuffix(rest)).toBe(false);
		},
	);
});

describe('isNegativeVerbForm', () => {
	it.each(['kesmiyor', 'getirmedi', 'calismamis', 'yapamiyorum', 'alamadim', 'olmaz'])(
		'"%s" is a negative verb form',
		(word) => {
			expect(isNegativeVerbForm(word)).toBe(true);
		},
	);

	it.each(['kesiyor', 'geldi', 'kalem', 'ma', 'temiz', 'gelmek'])('"%s" is not', (word) => {
		expect(isNegativeVerbForm(word)).toBe(false);
	});
});
