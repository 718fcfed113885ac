import {
	normaliseForDuplicates,
	shortHash,
	textFingerprint,
} from '../../../nodes/core/detection/textFingerprint';

describe('text fingerprints', () => {
	it('strips retweet prefixes, links, case and punctuation', () => {
		const original = 'Lost my bag AGAIN!!! No refund.';
		expect(normaliseForDuplicates(`RT @someone: ${original}`)).toBe('lost my bag again no refund');
		expect(normaliseForDuplicates(`${original} https://t.co/x1 www.example.com/a`)).toBe(
			'lost my bag again no refund',
		);
		expect(normaliseForDuplicates('Kargo  GELMEDİ, rezalet')).toBe('kargo gelmedi rezalet');
	});

	it('keeps different complaints apart, and brands apart', () => {
		expect(textFingerprint('acme', 'lost my bag')).not.toBe(
			textFingerprint('acme', 'lost my card'),
		);
		expect(textFingerprint('acme', 'lost my bag')).not.toBe(
			textFingerprint('other', 'lost my bag'),
		);
		expect(textFingerprint('acme', 'RT @x: lost my bag')).toBe(
			textFingerprint('acme', 'Lost my bag!'),
		);
	});

	it('has no fingerprint for text that is only a link or punctuation', () => {
		expect(textFingerprint('acme', 'https://t.co/abc')).toBeUndefined();
		expect(textFingerprint('acme', '!!!')).toBeUndefined();
	});

	it('hashes to short stable base-36 strings', () => {
		expect(shortHash('hello')).toBe(shortHash('hello'));
		expect(shortHash('hello')).not.toBe(shortHash('hellp'));
		expect(shortHash('hello')).toMatch(/^[0-9a-z]{1,7}$/);
	});
});
