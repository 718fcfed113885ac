import fc from 'fast-check';
import {
	escapePlainText,
	escapeReplyValue,
	escapeTitle,
} from '../../../../../nodes/core/playbook/rendering/escaping/escapePlainText';
import { hostileText, textWithInjection } from '../../../property/hostileInput';
import { expectNoInvisible, expectSafeLine, expectSafePlain, LIMITS } from '../../safeMarkup';
import { HIDDEN } from './hiddenCharacters';
import { produceAll, RUNS, scenario } from './payloadsOfEveryStep';

/**
 * One property per output channel. Each first proves that its checker fails on known-unsafe output (a
 * checker that never fails proves nothing), then runs every payload builder on hostile input and checks
 * every field of that channel.
 */

const anyText = fc.oneof(hostileText, textWithInjection);

describe('Plain-text channels (ticket titles, public replies, direct messages, drafts)', () => {
	it.each([
		'a\nb',
		'a\r\nb',
		'cc @octocat',
		'x'.repeat(LIMITS.ticketTitle + 1),
		...HIDDEN.map((h) => `a${h}b`),
	])('the title checker flags %j', (unsafe) => {
		expect(() => expectSafeLine(unsafe, LIMITS.ticketTitle)).toThrow();
	});

	it.each(HIDDEN.map((h) => `a${h}b`))('the reply checker flags %j', (unsafe) => {
		expect(() => expectSafePlain(unsafe)).toThrow();
	});

	it('escapeTitle gives one line with no mention and nothing hidden; escapeReplyValue one line with nothing hidden; escapePlainText nothing hidden', () => {
		fc.assert(
			fc.property(anyText, fc.integer({ min: 20, max: 300 }), (text, max) => {
				expectSafeLine(escapeTitle(text, max), max);
				const value = escapeReplyValue(text);
				expect(value).not.toMatch(/[\r\n]/);
				expectNoInvisible(value);
				expectSafePlain(escapePlainText(text, max), max);
			}),
			{ numRuns: 300 },
		);
	});

	it('every title, reply and draft of every step is safe and within its limit', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				const produced = produceAll(s);
				for (const ticket of produced.tickets) expectSafeLine(ticket.title, LIMITS.ticketTitle);
				for (const text of produced.plain) expectSafePlain(text);
			}),
			RUNS,
		);
	});
});
