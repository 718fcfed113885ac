import { escapeHtml } from '../../../../../nodes/core/playbook/rendering/escaping/escapeHtml';
import {
	capMarkdown,
	escapeMarkdown,
} from '../../../../../nodes/core/playbook/rendering/escaping/escapeMarkdown';
import { escapeTitle } from '../../../../../nodes/core/playbook/rendering/escaping/escapePlainText';
import {
	capSlack,
	escapeSlack,
} from '../../../../../nodes/core/playbook/rendering/escaping/escapeSlack';
import { removeInvisible } from '../../../../../nodes/core/playbook/rendering/escaping/removeInvisible';
import { truncate } from '../../../../../nodes/core/playbook/rendering/escaping/truncate';
import { FieldError } from '../../../../../nodes/core/errors/FieldError';
import { renderTemplate } from '../../../../../nodes/core/playbook/rendering/templates/renderTemplate';

describe('escapeHtml', () => {
	it('neutralises tags, attributes and entities', () => {
		expect(escapeHtml('<script>alert("x")</script> & \'y\'')).toBe(
			'&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
		);
	});
});

describe('escapeSlack', () => {
	it('escapes the control characters so <!channel> and links cannot be injected', () => {
		expect(escapeSlack('<!channel> hi')).toBe('&lt;!channel&gt; hi');
		expect(escapeSlack('<http://evil.example|bank.com>')).toBe(
			'&lt;http://evil.example|bank.com&gt;',
		);
		expect(escapeSlack('<@U123> & co')).toBe('&lt;＠U123&gt; &amp; co');
	});

	it('turns the @ of every mention into a fullwidth ＠, so link_names notifies no one', () => {
		expect(escapeSlack('ping @here and @channel, @everyone, @ayla')).toBe(
			'ping ＠here and ＠channel, ＠everyone, ＠ayla',
		);
		expect(escapeSlack('@\u200Bhere')).toBe('＠here');
	});

	it('leaves ordinary text and e-mail addresses alone', () => {
		expect(escapeSlack('Order 123 is late, write to care@acme.example')).toBe(
			'Order 123 is late, write to care@acme.example',
		);
	});
});

describe('hidden characters', () => {
	it('are removed before any escaping: bidi overrides and isolates, zero-width characters, controls', () => {
		expect(removeInvisible('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
		expect(removeInvisible('sc\u200Bam \u2066x\u2069 \uFEFFy\u0000\u001B')).toBe('scam x y');
		expect(escapeMarkdown('a\u202Eb')).toBe('ab');
		expect(escapeHtml('a\u2067b')).toBe('ab');
	});

	it('keep emoji whole: a joiner inside an emoji sequence and a subdivision flag stay', () => {
		expect(removeInvisible('👨‍👩‍👧 🧑🏽‍💻 🏴󠁧󠁢󠁳󠁣󠁴󠁿')).toBe('👨‍👩‍👧 🧑🏽‍💻 🏴󠁧󠁢󠁳󠁣󠁴󠁿');
		expect(removeInvisible('a\u200Db')).toBe('ab');
	});

	it('make every line break \\n and a lone surrogate the replacement character', () => {
		expect(removeInvisible('a\r\nb\rc\u2028d\u0085e')).toBe('a\nb\nc\nd\ne');
		expect(removeInvisible('x\uD800y')).toBe('x\uFFFDy');
	});
});

describe('mentions', () => {
	it('become ＠ in Markdown: GitHub notifies neither @user nor @org/team', () => {
		expect(escapeMarkdown('cc @octocat and @acme/security-team')).toBe(
			'cc ＠octocat and ＠acme/security-team',
		);
		expect(escapeMarkdown('(@octocat)')).toBe('\\(＠octocat\\)');
		expect(escapeMarkdown('mail care@acme.example')).toBe('mail care@acme.example');
	});

	it('become ＠ in ticket titles and e-mail subjects, which are also one line', () => {
		expect(escapeTitle('  @octocat\r\nBcc: evil@evil.example\t ', 80)).toBe(
			'＠octocat Bcc: evil@evil.example',
		);
	});
});

describe('caps', () => {
	it('cut with a visible marker, never through a surrogate pair', () => {
		expect(truncate('abc', 3)).toBe('abc');
		expect(truncate('x'.repeat(100), 20)).toBe(`${'x'.repeat(7)}… (truncated)`);
		const cut = truncate(`${'x'.repeat(6)}😡😡😡😡😡😡😡😡`, 20);
		expect(cut).toBe(`${'x'.repeat(6)}… (truncated)`);
	});

	it('never cut a Slack entity or a Markdown escape in half', () => {
		expect(capSlack(`${'x'.repeat(5)}&amp;${'y'.repeat(40)}`, 20)).toBe(
			`${'x'.repeat(5)}… (truncated)`,
		);
		expect(capMarkdown(`${'x'.repeat(6)}\\*${'y'.repeat(40)}`, 20)).toBe(
			`${'x'.repeat(6)}… (truncated)`,
		);
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
		expect(
			renderTemplate(
				'Hi {{author}}, {{ brand }} here ({{caseId}})',
				{ author: '@a', brand: 'Acme', caseId: 'CD-1' },
				{ name: 't', known },
			),
		).toBe('Hi @a, Acme here (CD-1)');
	});

	it('names an unknown placeholder and the template', () => {
		expect(() =>
			renderTemplate(
				'Hi {{autor}}',
				{ author: '@a' },
				{ name: 'templates.apologyReply.warm', known },
			),
		).toThrow(/templates\.apologyReply\.warm: unknown placeholder \{\{autor\}\}/);
	});

	it('names a known placeholder that has no value here', () => {
		try {
			renderTemplate('From {{brand}}', {}, { name: 'templates.holdingStatement.formal', known });
			throw new Error('expected an error');
		} catch (error) {
			expect(error).toBeInstanceOf(FieldError);
			expect((error as Error).message).toMatch(/\{\{brand\}\} has no value.*Brand option/);
		}
	});

	it('escapes values (not the template) when given an escaper', () => {
		const html = renderTemplate(
			'<p>{{author}}</p>',
			{ author: '<script>x</script>' },
			{ name: 't', known, escape: escapeHtml },
		);
		expect(html).toBe('<p>&lt;script&gt;x&lt;/script&gt;</p>');
	});

	it('capitalises a prose value that opens a sentence, in the given locale', () => {
		const sentenceCase = { names: ['brand'], locale: 'tr' };
		expect(
			renderTemplate(
				'{{brand}} yazdı. {{brand}} yine, {{brand}}',
				{ brand: 'ipek' },
				{ name: 't', known, sentenceCase },
			),
		).toBe('İpek yazdı. İpek yine, ipek');
	});

	it('does not re-expand placeholders that arrive inside values', () => {
		expect(
			renderTemplate('{{author}}', { author: '{{brand}}', brand: 'X' }, { name: 't', known }),
		).toBe('{{brand}}');
	});
});
