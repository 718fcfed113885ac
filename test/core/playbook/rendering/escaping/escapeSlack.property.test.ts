import fc from 'fast-check';
import {
	capSlack,
	escapeSlack,
} from '../../../../../nodes/core/playbook/rendering/escaping/escapeSlack';
import type { ChatPayload } from '../../../../../nodes/core/playbook/rendering/payloads/Payloads';
import { hostileText, INJECTIONS, textWithInjection } from '../../../property/hostileInput';
import { expectSafeChat, expectSafeSlack, LIMITS } from '../../safeMarkup';
import { HIDDEN, withoutHidden } from './hiddenCharacters';
import { produceAll, RUNS, scenario } from './payloadsOfEveryStep';

/**
 * One property per output channel. Each first proves that its checker fails on known-unsafe output (a
 * checker that never fails proves nothing), then runs every payload builder on hostile input and checks
 * every field of that channel.
 */

const anyText = fc.oneof(hostileText, textWithInjection);

describe('Slack channel (chat payloads)', () => {
	it.each([
		...INJECTIONS.filter((i) => /[<@]/.test(i)),
		'@ayla',
		'@acme/team',
		'x &co',
		...HIDDEN.map((h) => `a${h}b`),
	])('the checker flags %j', (unsafe) => {
		expect(() => expectSafeSlack(`x ${unsafe} y`, [])).toThrow();
	});

	it('the checker flags a section over 3,000 characters and a message over 40,000', () => {
		const section = (text: string): ChatPayload => ({
			text: 'x',
			blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
		});
		expect(() => expectSafeChat(section('x'.repeat(LIMITS.slackSection + 1)), [])).toThrow();
		expect(() =>
			expectSafeChat({ text: 'x'.repeat(LIMITS.slackText + 1), blocks: [] }, []),
		).toThrow();
		expect(() => expectSafeChat(section('x'.repeat(LIMITS.slackSection)), [])).not.toThrow();
	});

	it('escapeSlack leaves nothing live, and reads back as the text without hidden characters and with ＠ for @', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const escaped = escapeSlack(text);
				expectSafeSlack(escaped, []);
				const decoded = escaped.replace(
					/&(lt|gt|amp);/g,
					(_m, e: string) => ({ lt: '<', gt: '>', amp: '&' })[e] as string,
				);
				expect(decoded.replace(/＠/g, '@')).toBe(withoutHidden(text).replace(/＠/g, '@'));
			}),
			{ numRuns: 300 },
		);
	});

	it('capSlack never cuts an entity or one of our links in half, and says it cut', () => {
		fc.assert(
			fc.property(anyText, fc.integer({ min: 20, max: 200 }), (text, max) => {
				const mrkdwn = `${escapeSlack(text)} <https://ok.example/a|Link> ${escapeSlack(text)}`;
				const capped = capSlack(mrkdwn, max);
				expect(capped.length).toBeLessThanOrEqual(max);
				expectSafeSlack(capped, ['Link']);
				if (capped !== mrkdwn) expect(capped.endsWith('… (truncated)')).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	it('every chat payload of every step is safe and within Slack limits', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				for (const { chat, labels } of produceAll(s).chats) expectSafeChat(chat, labels);
			}),
			RUNS,
		);
	});
});
