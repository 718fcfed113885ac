import { ChatStandIn } from './harness/chatStandIn';
import { COMPLAINT_TEMPLATE, setUpComplaintTemplate } from './harness/complaintTemplate';
import { decodeHeader, mailBody } from './harness/mailBody';
import { expectSucceeded, output, runManually } from './harness/manualRun';
import { MastodonStandIn, status } from './harness/mastodonStandIn';
import { type N8nRest, useCredential } from './harness/n8nRest';
import { SmtpStandIn } from './harness/smtpStandIn';
import { ownerRest } from './harness/ownerSession';
import { fillSettings } from './harness/templateSettings';

const ID = 'CrisisDeskWatchdog';

describe('template: Never-ignore watchdog over the cases Data Table, run in a real n8n', () => {
	let rest: N8nRest;
	let smtp: SmtpStandIn;
	let chat: ChatStandIn;
	let mastodon: MastodonStandIn;

	beforeAll(async () => {
		// Logged in first: a failed login then leaves no stand-in running.
		rest = await ownerRest();
		[smtp, chat, mastodon] = await Promise.all([
			SmtpStandIn.start(),
			ChatStandIn.start(),
			// A complaint from three days ago: its first-reply and resolution deadlines have long passed.
			MastodonStandIn.start([
				status(
					'501',
					'ignored',
					'@acme my refund never came and nobody answers, this is a scam',
					3 * 24 * 60,
				),
			]),
		]);
		await setUpComplaintTemplate(rest, {
			mastodonUrl: mastodon.url,
			smtpPort: smtp.port,
			chatUrl: chat.url,
			label: 'watchdog e2e',
		});
		const smtpId = await rest.createCredential('smtp', 'SMTP (watchdog e2e)', {
			user: 'desk',
			password: 'secret',
			host: '127.0.0.1',
			port: smtp.port,
			secure: false,
			disableStartTls: true,
		});
		await rest.editWorkflow(ID, (workflow) => {
			fillSettings(workflow, {
				chatWebhookUrl: chat.url,
				escalationEmail: 'duty-lead@example.com',
			});
			useCredential(workflow, 'Escalation E-mail', 'smtp', smtpId);
		});
	});

	afterAll(async () => {
		await Promise.all([smtp?.stop(), chat?.stop(), mastodon?.stop()]);
	});

	it('escalates the breached case the complaint template logged, once', async () => {
		const logging = await runManually(rest, COMPLAINT_TEMPLATE);
		expectSucceeded(logging);
		const logged = output(logging, 'Log Case');
		expect(logged).toHaveLength(1);
		const caseId = logged[0].caseId as string;
		await smtp.waitFor(1);
		const sentBefore = smtp.mails.length;
		const chatBefore = chat.messages.length;

		const first = await runManually(rest, ID);
		expectSucceeded(first);
		const breached = output(first, 'Check Deadlines', 0).filter(
			(alert) => (alert.case as { caseId: string }).caseId === caseId,
		);
		expect(breached.map((alert) => (alert.alert as { kind: string }).kind).sort()).toEqual([
			'firstResponse',
			'resolution',
		]);

		const escalations = (await smtp.waitFor(sentBefore + 2))
			.slice(sentBefore)
			.filter((mail) => mail.subject.includes(caseId));
		expect(escalations.map((mail) => decodeHeader(mail.subject)).sort()).toEqual([
			expect.stringMatching(
				new RegExp(
					`^\\[Crisis Desk\\] Breached: first response · case ${caseId} \\((high|medium|critical|low)\\)$`,
				),
			),
			expect.stringMatching(
				new RegExp(`^\\[Crisis Desk\\] Breached: resolution · case ${caseId} `),
			),
		]);
		for (const mail of escalations) {
			expect(mail.to).toEqual(['duty-lead@example.com']);
			expect(mailBody(mail.raw)).toMatch(
				/Due: \d{1,2} \w{3}, \d{2}:\d{2} GMT\+3 \(\d+ min overdue\)/,
			);
		}
		const alerts = chat.messages
			.slice(chatBefore)
			.filter((message) => message.text.includes(caseId));
		expect(alerts.map((message) => ChatStandIn.blockTexts(message)[0]).sort()).toEqual([
			expect.stringMatching(/^\*Breached: First response · case /),
			expect.stringMatching(/^\*Breached: Resolution · case /),
		]);
		const saved = output(first, 'Save Case').find((row) => row.caseId === caseId);
		const timeline = (
			JSON.parse(saved?.record as string) as { timeline: Array<{ key: string }> }
		).timeline.map((entry) => entry.key);
		expect(timeline).toEqual(expect.arrayContaining(['breach:firstResponse', 'breach:resolution']));

		const sentAfterFirst = smtp.mails.length;
		const second = await runManually(rest, ID);
		expectSucceeded(second);
		expect(smtp.mails.length).toBe(sentAfterFirst);
		expect(
			output(second, 'Check Deadlines', 0).filter(
				(alert) => (alert.case as { caseId: string }).caseId === caseId,
			),
		).toHaveLength(0);
	});
});
