import { decodeEntities, htmlToText } from '../../../nodes/core/sources/htmlToText';
import {
	addressesHandle,
	containsTerm,
	matchedTerm,
} from '../../../nodes/core/sources/textMatching';
import { redactSecrets } from '../../../nodes/core/sources/redactSecrets';

describe('htmlToText', () => {
	it('strips tags, keeps paragraph and line breaks, drops scripts', () => {
		expect(
			htmlToText('<p>Hello <b>world</b></p><p>line<br/>two</p><script>alert(1)</script>'),
		).toBe('Hello world\n\nline\ntwo');
	});
	it('decodes named, decimal and hex entities, Turkish letters included', () => {
		expect(
			decodeEntities(
				'&amp; &lt;&gt; &quot;x&quot; &#39;y&#x27; &ccedil;&#287;&#305;&scedil; &nbsp;&hellip;',
			),
		).toBe('& <> "x" \'y\' çğış \u00a0…');
		// As browsers do: an unknown name stays as written, a code point no character has becomes U+FFFD.
		expect(decodeEntities('&unknown; &#xD800; &#99999999;')).toBe('&unknown; \ufffd \ufffd');
	});
	it('leaves text that only looks like markup', () => {
		expect(htmlToText('I <3 Acme & 2 < 3')).toBe('I <3 Acme & 2 < 3');
	});
});

describe('text matching', () => {
	it('matches a term at a word start, across Turkish suffixes and dotted/dotless i', () => {
		expect(containsTerm("Acme'den iade alamadım", 'acme')).toBe(true);
		expect(containsTerm('acmeden şikayetçiyim', 'Acme')).toBe(true);
		expect(containsTerm('İADE yok', 'iade')).toBe(true);
		expect(containsTerm('notacme here', 'acme')).toBe(false);
	});
	it('names the keyword or handle that matched', () => {
		expect(matchedTerm('thanks @AcmeHelp', ['refund'], ['@acmehelp'])).toBe('@acmehelp');
		expect(matchedTerm('nothing here', ['refund'], ['acme'])).toBeUndefined();
	});
	it('sees @handle and u/handle as addressing the brand, a bare name or a longer handle not', () => {
		expect(addressesHandle('hey @Acme fix this', ['acme'])).toBe(true);
		expect(addressesHandle('u/acme_official answer me', ['@acme_official'])).toBe(true);
		expect(addressesHandle('@acme.bsky.social iade', ['acme.bsky.social'])).toBe(true);
		expect(addressesHandle('Acme is down', ['acme'])).toBe(false);
		expect(addressesHandle('@acmefan says hi', ['acme'])).toBe(false);
		expect(addressesHandle('mail me at bob@acme.com', ['acme'])).toBe(false);
	});
});

describe('redactSecrets', () => {
	it('removes keys, tokens and JWTs from text', () => {
		const text = redactSecrets(
			'GET /v3/x?part=snippet&key=AIzaSyA123 Authorization: Bearer abc.def {"accessJwt":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig"}',
		);
		expect(text).not.toMatch(/AIzaSyA123|abc\.def|eyJhbGci/);
		expect(text).toContain('key=[redacted]');
	});
});
