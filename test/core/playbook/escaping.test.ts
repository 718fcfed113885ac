import { escapeHtml } from '../../../nodes/core/playbook/escapeHtml';
import { escapeMarkdown } from '../../../nodes/core/playbook/escapeMarkdown';
import { escapeSlack } from '../../../nodes/core/playbook/escapeSlack';
import { PlaybookInputError } from '../../../nodes/core/playbook/PlaybookInputError';
import { renderTemplate } from '../../../nodes/core/playbook/renderTemplate';

describe('escapeHtml', () => {
	it('neutralises tags, attributes and entities', () => {
		expect(escapeHtml('<script>alert("x")</script> & \'y\'')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
	});
});

describe('escapeSlack', () => {
	it('escapes the control characters so <!channel> and links cannot be injected', () => {
		const channel = escapeSlack('<!channel> hi');
		expect(channel).not.toContain('<');
		expect(channel.replace(/\u2060/g, '')).toBe('&lt;!channel&gt; hi');
		expect(escapeSlack('<http://evil.example|bank.com>')).toBe('&lt;http://evil.example|bank.com&gt;');
		expect(escapeSlack('<@U123> & co')).toBe('&lt;@U123&gt; &amp; co');
	});

	it('breaks bare broadcast words without changing how they read', () => {
		const escaped = escapeSlack('ping @here and @channel, @everyone');
		expect(escaped).not.toMatch(/@here|@channel|@everyone/);
		expect(escaped.replace(/\u2060/g, '')).toBe('ping @here and @channel, @everyone');
	});

	it('leaves ordinary text alone', () => {
		expect(escapeSlack('Order 123 is late, @ayla says')).toBe('Order 123 is late, @ayla says');
	});
});

describe('escapeMarkdown', () => {
	it('escapes inline markup and raw HTML', () => {
		expect(escapeMarkdown('*bold* [x](javascript:alert(1)) <script>')).toBe(
			'\\*bold\\* \\[x\\]\\(javascript:alert\\(1\\)\\) \\<script\\>',
		);
	});

	it('escapes block markers at the start of a line only', () => {
		expect(escapeMarkdown('- not a list\n1. not ordered\n# not a heading\nwell-known 2.5')).toBe(
			'\\- not a list\n1\\. not ordered\n\\# not a heading\nwell-known 2.5',
		);
	});
});

describe('renderTemplate', () => {
	const known = ['author', 'brand', 'caseId'];

	it('fills placeholders, with or without inner spaces', () => {
		expect(renderTemplate('Hi {{author}}, {{ brand }} here ({{caseId}})', { author: '@a', brand: 'Acme', caseId: 'CD-1' }, { name: 't', known })).toBe(
			'Hi @a, Acme here (CD-1)',
		);
	});

	it('names an unknown placeholder and the template', () => {
		expect(() => renderTemplate('Hi {{autor}}', { author: '@a' }, { name: 'templates.apologyReply.warm', known })).toThrow(
			/templates\.apologyReply\.warm: unknown placeholder \{\{autor\}\}/,
		);
	});

	it('names a known placeholder that has no value here', () => {
		try {
			renderTemplate('From {{brand}}', {}, { name: 'templates.holdingStatement.formal', known });
			throw new Error('expected an error');
		} catch (error) {
			expect(error).toBeInstanceOf(PlaybookInputError);
			expect((error as Error).message).toMatch(/\{\{brand\}\} has no value.*Brand option/);
		}
	});

	it('escapes values (not the template) when given an escaper', () => {
		const html = renderTemplate('<p>{{author}}</p>', { author: '<script>x</script>' }, { name: 't', known, escape: escapeHtml });
		expect(html).toBe('<p>&lt;script&gt;x&lt;/script&gt;</p>');
	});

	it('capitalises a prose value that opens a sentence, in the given locale', () => {
		const sentenceCase = { names: ['brand'], locale: 'tr' };
		expect(renderTemplate('{{brand}} yazdı. {{brand}} yine, {{brand}}', { brand: 'ipek' }, { name: 't', known, sentenceCase })).toBe(
			'İpek yazdı. İpek yine, ipek',
		);
	});

	it('does not re-expand placeholders that arrive inside values', () => {
		expect(renderTemplate('{{author}}', { author: '{{brand}}', brand: 'X' }, { name: 't', known })).toBe('{{brand}}');
	});
});
