import fc from 'fast-check';
import {
	capMarkdown,
	escapeMarkdown,
} from '../../../../../nodes/core/playbook/rendering/escaping/escapeMarkdown';
import { hostileText, textWithInjection } from '../../../property/hostileInput';
import { expectSafeMarkdown, expectSafeTicket, LIMITS, unescapeMarkdown } from '../../safeMarkup';
import { HIDDEN, withoutHidden } from './hiddenCharacters';
import { produceAll, RUNS, scenario } from './payloadsOfEveryStep';

/**
 * One property per output channel. Each first proves that its checker fails on known-unsafe output (a
 * checker that never fails proves nothing), then runs every payload builder on hostile input and checks
 * every field of that channel.
 */

const anyText = fc.oneof(hostileText, textWithInjection);

describe('Markdown channel (ticket descriptions, the Assess brief)', () => {
	it.each([
		'<script>alert(1)</script>',
		'[Acme Bank](https://evil.example)',
		'![x](https://evil.example/x.png)',
		'<https://evil.example>',
		'@octocat',
		'@acme/security-team',
		'\\@octocat',
		'[~admin]',
		...HIDDEN.map((h) => `a${h}b`),
	])('the checker flags %j', (unsafe) => {
		expect(() => expectSafeMarkdown(`x ${unsafe} y`, ['link'])).toThrow();
	});

	it('the checker flags a second link smuggled after our own, and a description over 32,767 characters', () => {
		expect(() =>
			expectSafeMarkdown('([link](https://ok.example/a)[Acme Bank](https://evil.example))', [
				'link',
			]),
		).toThrow();
		expect(() => expectSafeMarkdown('x'.repeat(LIMITS.ticketDescription + 1), [])).toThrow();
	});

	it('escapeMarkdown leaves nothing live, and CommonMark reads it back as the text without hidden characters and with ＠ for @', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const escaped = escapeMarkdown(text);
				expectSafeMarkdown(escaped, []);
				expect(unescapeMarkdown(escaped).replace(/＠/g, '@')).toBe(
					withoutHidden(text).replace(/＠/g, '@'),
				);
			}),
			{ numRuns: 300 },
		);
	});

	it('escapeMarkdown escapes block markers on every line, whatever the line ending', () => {
		const marker = fc.constantFrom('- ', '+ ', '= ', '> ', '1. ', '12) ', '# ', '    - ');
		fc.assert(
			fc.property(
				fc.array(fc.tuple(marker, hostileText), { minLength: 1, maxLength: 6 }),
				fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u0085'),
				(lines, end) => {
					const escaped = escapeMarkdown(
						lines.map(([m, t]) => `${m}${t.replace(/[\r\n\u0085\u2028\u2029]/g, ' ')}`).join(end),
					);
					for (const line of escaped.split('\n'))
						expect(line).not.toMatch(/^\s*([-+=>#]|\d+[.)])(\s|$)/);
				},
			),
		);
	});

	it('capMarkdown never leaves a lone backslash or half of our link, and says it cut', () => {
		fc.assert(
			fc.property(anyText, fc.integer({ min: 20, max: 200 }), (text, max) => {
				const markdown = `${escapeMarkdown(text)} ([link](https://ok.example/a%29)) ${escapeMarkdown(text)}`;
				const capped = capMarkdown(markdown, max);
				expect(capped.length).toBeLessThanOrEqual(max);
				expectSafeMarkdown(capped, ['link']);
				if (capped !== markdown) expect(capped.endsWith('… (truncated)')).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	it('every ticket and brief of every step is safe and within Jira limits', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				const produced = produceAll(s);
				for (const markdown of produced.markdown) expectSafeMarkdown(markdown, ['link']);
				for (const ticket of produced.tickets) expectSafeTicket(ticket, ['link']);
			}),
			RUNS,
		);
	});
});
