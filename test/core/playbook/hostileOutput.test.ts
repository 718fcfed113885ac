import { assign } from '../../../nodes/core/playbook/steps/assign';
import { checkDeadlines } from '../../../nodes/core/playbook/steps/checkDeadlines/checkDeadlines';
import type { ChatPayload } from '../../../nodes/core/playbook/rendering/payloads/Payloads';
import { respondToEvery } from '../../../nodes/core/playbook/steps/respondToEvery';
import { takePrivate } from '../../../nodes/core/playbook/steps/takePrivate';
import { megabyteOf } from '../property/hostileInput';
import { incident, mention } from './fixtures';
import {
	chatTexts,
	expectNoInvisible,
	expectNoMentions,
	expectSafePlain,
	expectSafeSlack,
} from './safeMarkup';

const NOW = '2025-03-03T07:20:00Z';
const SLACK_INJECTION = 'webhook:<!channel> <https://evil.example|Open case CD-1>';

describe('Check Deadlines: a mention id cannot write Slack markup (defect 8)', () => {
	it('escapes the id of a response task in the alert header', () => {
		const batch = [
			incident({ level: 'critical' }),
			mention({ id: SLACK_INJECTION }, { level: 'medium' }),
		];
		const shared = respondToEvery(batch, {}, '2025-03-03T07:05:00Z').tasks[0].case;
		const alerts = checkDeadlines([{ case: shared }], {}, '2025-03-03T11:30:00Z').alerts.filter(
			(a) => a.kind === 'task',
		);
		expect(alerts).toHaveLength(1);
		for (const text of chatTexts(alerts[0].chat)) expectSafeSlack(text, []);
		expect(alerts[0].chat.text).toContain('&lt;!channel&gt;');
		// The alert's data keeps the id as it is: a workflow matches on it.
		expect(alerts[0].mentionId).toBe(SLACK_INJECTION);
	});

	it('escapes a case id and escalation names read back from storage', () => {
		const record = assign(
			incident({ level: 'critical' }),
			{ defaultRoute: { team: 'crisis', owner: '<!here>', escalationChain: ['<@U1>'] } },
			'2025-03-03T07:00:00Z',
		).case;
		const forged = { ...record, caseId: '<!channel|CD-1>' };
		const { alerts } = checkDeadlines([{ case: forged }], {}, NOW);
		expect(alerts.length).toBeGreaterThan(0);
		for (const alert of alerts) for (const text of chatTexts(alert.chat)) expectSafeSlack(text, []);
	});
});

describe('Take Private on a hostile post (defect 13)', () => {
	const options = { dmHandle: '@AcmeHelp', brand: 'Acme', notifyEmail: 'crisis@acme.example' };

	it('neutralises @user and @org/team in the ticket and the chat, so GitHub and Slack notify no one', () => {
		const post = mention({ id: 'x:1', text: 'cc @octocat and @acme/security-team, also @here' });
		const result = takePrivate(post, options, NOW);
		expectNoMentions(result.ticket.description);
		expect(result.ticket.description).toContain('＠octocat');
		expect(result.ticket.description).toContain('＠acme/security-team');
		for (const text of chatTexts(result.chat)) expectNoMentions(text);
	});

	it('strips bidi overrides and zero-width characters from the ticket title, the e-mail subject and the chat', () => {
		const post = mention({
			id: 'x:2',
			text: 'refund\u202Egnp.exe\u202C now',
			author: { handle: 'ay\u200Bla\u2066\u202E' },
			brand: 'Ac\u200Dme\u202E',
		});
		const result = takePrivate(post, options, NOW);
		for (const text of [
			result.ticket.title,
			result.ticket.description,
			result.email?.subject ?? '',
			result.email?.text ?? '',
			result.email?.html ?? '',
			...chatTexts(result.chat),
		]) {
			expectNoInvisible(text);
		}
		expect(result.ticket.title).toContain('ayla');
		expect(result.reply.text).toContain('@ayla');
		expectNoInvisible(result.reply.text);
	});

	it('caps every field of a 1 MB post to what its target accepts, with a visible marker', () => {
		const post = mention({
			id: 'x:3',
			text: megabyteOf('refund never arrived <b>&amp; '),
			author: { handle: megabyteOf('h') },
		});
		const result = takePrivate(post, options, NOW);
		expect(result.ticket.description.length).toBeLessThanOrEqual(32_767);
		expect(result.ticket.description).toContain('… (truncated)');
		expect(result.ticket.title.length).toBeLessThanOrEqual(255);
		const email = result.email as NonNullable<typeof result.email>;
		expect(email.subject.length).toBeLessThanOrEqual(200);
		expect(email.subject).not.toMatch(/[\r\n]/);
		expect(email.text.length).toBeLessThanOrEqual(50_000);
		expect(email.html.length).toBeLessThanOrEqual(50_000);
		expect(email.html).toContain('… (truncated)');
		expectSlackWithinLimits(result.chat);
		expect(result.reply.text.length).toBeLessThan(1_000);
	});
});

describe('the case timeline (shown in e-mails and tables by the templates)', () => {
	it('keeps each summary one line, without hidden characters, at most 500 characters', () => {
		const hostile = incident({
			incident: 'a\u202Eb\r\nBcc: x',
			reasons: [megabyteOf('spike\n\u200B')],
		});
		const { timeline } = respondToEvery(
			[hostile, mention({ id: 'x:1\u2066\n' }, { level: 'high' })],
			{},
			NOW,
		).tasks[0].case;
		expect(timeline.length).toBeGreaterThan(1);
		for (const entry of timeline) {
			expectSafePlain(entry.summary, 500);
			expect(entry.summary).not.toContain('\n');
		}
	});
});

function expectSlackWithinLimits(chat: ChatPayload): void {
	expect(chat.text.length).toBeLessThanOrEqual(40_000);
	for (const text of chatTexts(chat).slice(1)) expect(text.length).toBeLessThanOrEqual(3_000);
}
