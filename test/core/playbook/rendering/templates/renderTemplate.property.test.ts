import fc from 'fast-check';
import { FieldError } from '../../../../../nodes/core/errors/FieldError';
import { escapeHtml } from '../../../../../nodes/core/playbook/rendering/escaping/escapeHtml';
import { renderTemplate } from '../../../../../nodes/core/playbook/rendering/templates/renderTemplate';
import { hostileText, megabyteOf, textWithInjection } from '../../../property/hostileInput';
import { expectSafeHtml } from '../../safeMarkup';
import { withoutHidden } from '../escaping/hiddenCharacters';

// renderTemplate on hostile values: each placeholder filled with its escaped value, nothing expanded again.

const anyText = fc.oneof(hostileText, textWithInjection);

describe('renderTemplate: properties', () => {
	const known = ['author', 'brand', 'caseId', 'issue'];
	const name = fc.constantFrom(...known);
	// Template text is the team's own; it may hold HTML, but these tests keep it plain to see the values alone.
	const literal = fc
		.string({ unit: 'grapheme', maxLength: 20 })
		.map((s) => withoutHidden(s).replace(/[{}<>&"']/g, ''));
	const template = fc
		.array(
			fc.oneof(
				literal,
				name.map((n) => `{{${n}}}`),
				name.map((n) => `{{ ${n} }}`),
			),
			{ maxLength: 10 },
		)
		.map((parts) => parts.join(''));
	const values = fc
		.record({ author: anyText, brand: anyText, caseId: anyText, issue: anyText })
		.map((v) => Object.fromEntries(Object.entries(v).map(([k, t]) => [k, t === '' ? 'x' : t])));

	it('fills each placeholder with its escaped value and nothing else; values are never expanded again', () => {
		fc.assert(
			fc.property(template, values, (tpl, vals) => {
				const rendered = renderTemplate(tpl, vals, { name: 't', known, escape: escapeHtml });
				const expected = tpl.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, n: string) =>
					escapeHtml(vals[n]),
				);
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
				expect(renderTemplate(text, vals, { name: 't', known })).toBe(
					renderTemplate(text, vals, { name: 't', known }),
				);
			}),
		);
	});

	it('names the template and the placeholder when a value is missing or a placeholder is unknown', () => {
		fc.assert(
			fc.property(fc.constantFrom('autor', 'Brand', 'x.y', ''), name, (unknown, missing) => {
				expect(() =>
					renderTemplate(`Hi {{${unknown}}}`, {}, { name: 'templates.apologyReply.warm', known }),
				).toThrow(
					new RegExp(
						`templates\\.apologyReply\\.warm: unknown placeholder \\{\\{${unknown.replace('.', '\\.')}\\}\\}`,
					),
				);
				let thrown: unknown;
				try {
					renderTemplate(
						`Hi {{${missing}}}`,
						{ [missing]: '' },
						{ name: 'templates.holdingStatement.formal', known },
					);
				} catch (error) {
					thrown = error;
				}
				expect(thrown).toBeInstanceOf(FieldError);
				expect((thrown as FieldError).message).toContain(`{{${missing}}}`);
			}),
		);
	});

	it('escapes a 1 MB value whole', () => {
		const rendered = renderTemplate(
			'<p>{{author}}</p>',
			{ author: megabyteOf('<script>@here ') },
			{ name: 't', known, escape: escapeHtml },
		);
		expectSafeHtml(rendered, ['p'], Infinity);
	});
});
