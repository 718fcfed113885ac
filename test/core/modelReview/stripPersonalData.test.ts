import { stripPersonalData } from '../../../nodes/core/modelReview/stripPersonalData';

describe('stripPersonalData', () => {
	it.each([
		['@united lost my bag, call me', '[handle] lost my bag, call me'],
		['mail me at jane.doe+air@example.co.uk.', 'mail me at [email].'],
		['see https://x.com/jane/status/1?a=b), thanks', 'see [link]), thanks'],
		['www.example.com is down', '[link] is down'],
		['call +90 555 123 45 67 now', 'call [phone] now'],
		['ring (555) 123-4567.', 'ring [phone].'],
		['call 555 123 4567, or 555 123 4568!', 'call [phone], or [phone]!'],
		['123456789 !!!', '[phone] !!!'],
		['@jane@mastodon.social said so', '[handle] said so'],
		['(@brand) why?', '([handle]) why?'],
		['contact:jane@example.com', 'contact:[email]'],
	])('%s → %s', (text, stripped) => {
		expect(stripPersonalData(text)).toBe(stripped);
	});

	it('leaves dates, times, flight numbers, prices and bare @ alone', () => {
		for (const text of [
			'flight UA 1234 on 2024-01-15 at 10:30',
			'paid $1,299.00 for 2 bags',
			'meet @ 5',
			'a@b is no e-mail',
			'Kargo 3 gündür gelmedi',
		]) {
			expect(stripPersonalData(text)).toBe(text);
		}
	});

	it('keeps everything that is not personal data as written, whitespace included', () => {
		expect(stripPersonalData('  hello\n\tworld  @x ')).toBe('  hello\n\tworld  [handle] ');
	});

	it('handles hostile inputs of a million characters in one pass', () => {
		const hostile = [
			'@'.repeat(1_000_000),
			'a@'.repeat(500_000),
			'a.'.repeat(500_000) + '@',
			'1 '.repeat(500_000),
			'http://'.repeat(150_000),
			'x'.repeat(1_000_000),
			'.@.'.repeat(300_000),
		];
		for (const text of hostile) expect(typeof stripPersonalData(text)).toBe('string');
		expect(stripPersonalData('1 '.repeat(500_000))).toBe('[phone] ');
	});
});
