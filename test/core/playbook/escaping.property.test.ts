import fc from 'fast-check';
import { escapeHtml } from '../../../nodes/core/playbook/escapeHtml';
import { escapeMarkdown } from '../../../nodes/core/playbook/escapeMarkdown';
import { escapeSlack } from '../../../nodes/core/playbook/escapeSlack';
import { PlaybookInputError } from '../../../nodes/core/playbook/PlaybookInputError';
import { renderTemplate } from '../../../nodes/core/playbook/renderTemplate';
import { hostileText, megabyteOf, textWithInjection } from '../property/hostileInput';
import { expectSafeHtml, expectSafeMarkdown, expectSafeSlack, unescapeMarkdown } from './safeMarkup';

const anyText = fc.oneof(hostileText, textWithInjection);
const WORD_JOINER = /\u2060/g;

describe('escapeHtml: properties', () => {
	it('leaves no tag, attribute quote or stray entity, and reads back as the original text', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const escaped = escapeHtml(text);
				expectSafeHtml(escaped, []);
				const decoded = escaped.replace(/&(lt|gt|quot|#39|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] as string);
				expect(decoded).toBe(text);
			}),
			{ numRuns: 300 },
		);
	});
});

describe('escapeSlack: properties', () => {
	it('leaves no control sequence, link or broadcast, and reads back as the original text', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const escaped = escapeSlack(text);
				expectSafeSlack(escaped, []);
				if (!text.includes('\u2060')) {
					const decoded = escaped.replace(WORD_JOINER, '').replace(/&(lt|gt|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', amp: '&' })[e] as string);
					expect(decoded).toBe(text);
				}
			}),
			{ numRuns: 300 },
		);
	});

	it('is stable: escaping the escaped text never revives a broadcast', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				expectSafeSlack(escapeSlack(escapeSlack(text)), []);
			}),
		);
	});
});

describe('escapeMarkdown: properties', () => {
	it('leaves no link, image, raw HTML or block marker, and CommonMark reads it back as the original text', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const escaped = escapeMarkdown(text);
				expectSafeMarkdown(escaped, []);
				expect(unescapeMarkdown(escaped)).toBe(text);
			}),
			{ numRuns: 300 },
		);
	});

	it('escapes block markers on every line, whatever the line ending (\\n, \\r\\n, \\r)', () => {
		const marker = fc.constantFrom('- ', '+ ', '= ', '> ', '1. ', '12) ', '# ', '    - ');
		fc.assert(
			fc.property(fc.array(fc.tuple(marker, hostileText), { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, end) => {
				const escaped = escapeMarkdown(lines.map(([m, t]) => `${m}${t.replace(/[\r\n\u2028\u2029]/g, ' ')}`).join(end));
				for (const line of escaped.split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^\s*([-+=>#]|\d+[.)])(\s|$)/);
			}),
		);
	});
});

describe('renderTemplate: properties', () => {
	const known = ['author', 'brand', 'caseId', 'issue'];
	const name = fc.constantFrom(...known);
	// Template text is the team's own; it may hold HTML, but these tests keep it plain to see the values alone.
	const literal = fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => s.replace(/[{}<>&"']/g, ''));
	const template = fc.array(fc.oneof(literal, name.map((n) => `{{${n}}}`), name.map((n) => `{{ ${n} }}`)), { maxLength: 10 }).map((parts) => parts.join(''));
	const values = fc.record({ author: anyText, brand: anyText, caseId: anyText, issue: anyText }).map((v) =>
		Object.fromEntries(Object.entries(v).map(([k, t]) => [k, t === '' ? 'x' : t])),
	);

	it('fills each placeholder with its escaped value and nothing else; values are never expanded again', () => {
		fc.assert(
			fc.property(template, values, (tpl, vals) => {
				const rendered = renderTemplate(tpl, vals, { name: 't', known, escape: escapeHtml });
				const expected = tpl.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, n: string) => escapeHtml(vals[n]));
				expect(rendered).toBe(expected);
				expectSafeHtml(rendered, []);
			}),
			{ numRuns: 300 },
		);
	});

	it('is deterministic and leaves text without placeholders untouched', () => {
		fc.assert(
			fc.property(literal, values, (text, vals) => {
				expect(renderTemplate(text, vals, { name: 't', known })).toBe(text);
				expect(renderTemplate(text, vals, { name: 't', known })).toBe(renderTemplate(text, vals, { name: 't', known }));
			}),
		);
	});

	it('names the template and the placeholder when a value is missing or a placeholder is unknown', () => {
		fc.assert(
			fc.property(fc.constantFrom('autor', 'Brand', 'x.y', ''), name, (unknown, missing) => {
				expect(() => renderTemplate(`Hi {{${unknown}}}`, {}, { name: 'templates.apologyReply.warm', known })).toThrow(
					new RegExp(`templates\\.apologyReply\\.warm: unknown placeholder \\{\\{${unknown.replace('.', '\\.')}\\}\\}`),
				);
				let thrown: unknown;
				try {
					renderTemplate(`Hi {{${missing}}}`, { [missing]: '' }, { name: 'templates.holdingStatement.formal', known });
				} catch (error) {
					thrown = error;
				}
				expect(thrown).toBeInstanceOf(PlaybookInputError);
				expect((thrown as PlaybookInputError).message).toContain(`{{${missing}}}`);
			}),
		);
	});

	it('renders a 1 MB value in bounded time', () => {
		const started = Date.now();
		const rendered = renderTemplate('<p>{{author}}</p>', { author: megabyteOf('<script>@here ') }, { name: 't', known, escape: escapeHtml });
		expect(Date.now() - started).toBeLessThan(2_000);
		expectSafeHtml(rendered, ['p']);
	});
});
