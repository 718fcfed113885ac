import { feedEntryUrl } from '../../../nodes/core/sources/feedEntryUrl';

describe('feedEntryUrl', () => {
	it('resolves a relative link against its base with WHATWG URL rules', () => {
		expect(feedEntryUrl('/blog/2013/01/30/Plex', 'https://blog.example.com/atom.xml')).toBe(
			'https://blog.example.com/blog/2013/01/30/Plex',
		);
		expect(feedEntryUrl('../b?x=1', 'https://blog.example.com/en/posts/')).toBe(
			'https://blog.example.com/en/b?x=1',
		);
		expect(feedEntryUrl('//cdn.example.net/a', 'http://blog.example.com/')).toBe(
			'http://cdn.example.net/a',
		);
		expect(feedEntryUrl(' https://news.example.com/b ', 'https://blog.example.com/')).toBe(
			'https://news.example.com/b',
		);
	});

	it('gives nothing for a relative link without a base, or a result that is not http(s)', () => {
		expect(feedEntryUrl('/blog/2013/01/30/Plex', undefined)).toBeUndefined();
		expect(feedEntryUrl('javascript:alert(1)', 'https://blog.example.com/')).toBeUndefined();
		expect(feedEntryUrl('acme', 'ftp://files.example.com/')).toBeUndefined();
		expect(feedEntryUrl('https://user:pw@news.example.com/a', undefined)).toBeUndefined();
		expect(feedEntryUrl(undefined, 'https://blog.example.com/')).toBeUndefined();
		expect(feedEntryUrl('   ', 'https://blog.example.com/')).toBeUndefined();
	});

	it('unwraps Google Alerts redirects, relative or not', () => {
		expect(
			feedEntryUrl(
				'https://www.google.com/url?rct=j&sa=t&url=https://news.example.com/a&ct=ga',
				undefined,
			),
		).toBe('https://news.example.com/a');
		expect(
			feedEntryUrl(
				'/url?q=https://news.example.com/c&sa=U',
				'https://www.google.com/alerts/feeds/1/2',
			),
		).toBe('https://news.example.com/c');
		expect(feedEntryUrl('https://www.google.com/url?url=javascript:alert(1)', undefined)).toBe(
			'https://www.google.com/url?url=javascript:alert(1)',
		);
	});
});
