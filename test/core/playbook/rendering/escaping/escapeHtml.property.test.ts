import fc from 'fast-check';
import {
	capHtml,
	escapeHtml,
} from '../../../../../nodes/core/playbook/rendering/escaping/escapeHtml';
import { hostileText, textWithInjection } from '../../../property/hostileInput';
import { expectSafeEmail, expectSafeHtml, expectSafeLine, LIMITS } from '../../safeMarkup';
import { HIDDEN, withoutHidden } from './hiddenCharacters';
import { produceAll, RUNS, scenario } from './payloadsOfEveryStep';

/**
 * One property per output channel. Each first proves that its checker fails on known-unsafe output (a
 * checker that never fails proves nothing), then runs every payload builder on hostile input and checks
 * every field of that channel.
 */

const anyText = fc.oneof(hostileText, textWithInjection);

describe('E-mail channel (HTML body, text body, subject)', () => {
	it.each([
		'<script>',
		'<img src=x onerror=alert(1)>',
		'a & b',
		'"quoted"',
		...HIDDEN.map((h) => `a${h}b`),
	])('the HTML checker flags %j', (unsafe) => {
		expect(() => expectSafeHtml(`<p>${unsafe}</p>`, ['p'])).toThrow();
	});

	it.each([
		'a\r\nBcc: evil@evil.example',
		'a\nb',
		'a\u2028b',
		'a\u0085b',
		'cc @octocat',
		'x'.repeat(LIMITS.emailSubject + 1),
		'a\u202Eb',
	])('the subject checker flags %j', (unsafe) => {
		expect(() => expectSafeLine(unsafe, LIMITS.emailSubject)).toThrow();
	});

	it('escapeHtml leaves nothing live and reads back as the text without hidden characters', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const escaped = escapeHtml(text);
				expectSafeHtml(escaped, []);
				const decoded = escaped.replace(
					/&(lt|gt|quot|#39|amp);/g,
					(_m, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] as string,
				);
				expect(decoded).toBe(withoutHidden(text));
			}),
			{ numRuns: 300 },
		);
	});

	it('capHtml never cuts an entity or a tag, closes the paragraph it cut, and says it cut', () => {
		fc.assert(
			fc.property(
				fc.array(anyText, { minLength: 1, maxLength: 4 }),
				fc.integer({ min: 30, max: 200 }),
				(lines, max) => {
					const html = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
					const capped = capHtml(html, max);
					expectSafeHtml(capped, ['p'], max);
					expect(capped.split('<p>').length).toBe(capped.split('</p>').length);
					if (capped !== html) expect(capped).toContain('… (truncated)');
				},
			),
			{ numRuns: 300 },
		);
	});

	it('every e-mail of every step is safe: one-line subject, escaped HTML, bodies within 50,000 characters', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				for (const email of produceAll(s).emails) expectSafeEmail(email);
			}),
			RUNS,
		);
	});
});
